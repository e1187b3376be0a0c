/**
 * How a job and its report are worded and coloured: the server says `reason` + `args` (stable, for
 * programs) and an English `message` (for people who read English); the admin words the reasons
 * it knows in the interface language and falls back to the message for any other.
 */
import type { ImportJobStatus, ImportOutcome } from '../../gql/graphql';

export interface ProblemLike {
  reason: string;
  message: string;
  args?: Record<string, unknown> | null;
  severity: string;
}

/** The `imports` messages the wording needs, in the interface language. */
export interface ProblemMessages {
  problemAt: string;
  problems: Readonly<Record<string, string>>;
}

const PLACEHOLDER = /\{\{(\w+)\}\}/g;

/** Fills `{{name}}`s from `values`; null when one of them has no value (the text would be broken). */
function fill(template: string, values: Readonly<Record<string, unknown>>): string | null {
  let complete = true;
  const text = template.replace(PLACEHOLDER, (_, name: string) => {
    const value = values[name];
    if (typeof value === 'string' || typeof value === 'number') return String(value);
    complete = false;
    return '';
  });
  return complete ? text : null;
}

/**
 * A problem in the interface language: its reason's message filled from `args` (an edited field's
 * name through `fieldLabel`), after "Row 17, column budget:" when it names a spreadsheet cell;
 * the server's English message when the reason is unknown or its args do not fill the message.
 */
export function problemText(
  problem: ProblemLike,
  messages: ProblemMessages,
  fieldLabel: (field: string) => string = (field) => field,
): string {
  const template = Object.hasOwn(messages.problems, problem.reason)
    ? messages.problems[problem.reason]
    : undefined;
  const args = { ...(problem.args ?? {}) };
  if (typeof args.field === 'string') args.field = fieldLabel(args.field);
  const text = template ? fill(template, args) : null;
  if (text === null) return problem.message;
  const cell = typeof args.row === 'number' && typeof args.column === 'string' && args.column !== '-';
  return cell ? (fill(messages.problemAt, { ...args, text }) ?? text) : text;
}

/** While the server plans or applies a job, its page asks again every second. */
export const isWorking = (status: ImportJobStatus): boolean => status === 'PLANNING' || status === 'APPLYING';

/** How far the job is, 0–100; 0 while the total is not known yet. */
export function progressPercent(processed: number, total: number): number {
  if (total <= 0) return 0;
  return Math.min(100, Math.round((processed / total) * 100));
}

export const OUTCOMES: readonly ImportOutcome[] = ['CREATE', 'UPDATE', 'UNCHANGED', 'CONFLICT', 'REFUSED'];

export const OUTCOME_COLORS: Readonly<Record<ImportOutcome, string>> = {
  CREATE: 'teal',
  UPDATE: 'blue',
  UNCHANGED: 'gray',
  CONFLICT: 'orange',
  REFUSED: 'red',
};

export const STATUS_COLORS: Readonly<Record<ImportJobStatus, string>> = {
  PLANNING: 'blue',
  PLANNED: 'yellow',
  APPLYING: 'blue',
  APPLIED: 'teal',
  CANCELLED: 'gray',
  FAILED: 'red',
};

export type CountKey = 'create' | 'update' | 'unchanged' | 'conflict' | 'refused';
const COUNT_KEYS: readonly CountKey[] = ['create', 'update', 'unchanged', 'conflict', 'refused'];

/**
 * The counts worth showing, in the report's order, worded from `planned.*` before the job is
 * applied and `done.*` after. A preview's report shows each (a 0 says something there: "0 to
 * update"); an applied job and the list of jobs only those that are not 0.
 */
export function countLines(
  counts: Readonly<Record<CountKey, number>>,
  status: ImportJobStatus,
  withZeros = status !== 'APPLIED' && status !== 'APPLYING',
): { key: `${'planned' | 'done'}.${CountKey}`; count: number }[] {
  const done = status === 'APPLIED' || status === 'APPLYING';
  return COUNT_KEYS.filter((key) => withZeros || counts[key] > 0).map((key) => ({
    key: `${done ? 'done' : 'planned'}.${key}` as const,
    count: counts[key],
  }));
}
