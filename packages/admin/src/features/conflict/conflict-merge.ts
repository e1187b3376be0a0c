/**
 * Merging a stale save with the record as it is now. The server refuses an update with an old
 * `version` (CONFLICT) and sends `extensions.current`: the record in the shape of its update
 * input (texts as `{ bg, en }`) and `extensions.currentVersion`. We compare the fields the form
 * sends ("mine") with the current ones ("theirs"), let the person choose per field, and send
 * the merged input again with the current version. Nothing here knows a feature: fields are
 * compared by value, with the few normalizations the server's storage applies.
 */
import { graphQLErrors } from '../../shared/errors';

export type InputRecord = Record<string, unknown>;

/** What the server says about a stale save. */
export interface ConflictDetails {
  currentVersion: number;
  /** The current record as update input fields; `_`-keys are bookkeeping. */
  current: InputRecord;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The CONFLICT's current version and record, or null when the answer carries none. */
export function conflictDetails(error: unknown): ConflictDetails | null {
  const entry = graphQLErrors(error).find((e) => e.extensions?.code === 'CONFLICT');
  const currentVersion = entry?.extensions?.currentVersion;
  const current = entry?.extensions?.current;
  if (typeof currentVersion !== 'number' || !isRecord(current)) return null;
  return { currentVersion, current };
}

/**
 * Lists whose order carries no meaning: the server stores them as sets, or (adoptions) keeps
 * them in order of year whatever order they were sent in.
 */
const SET_FIELDS = new Set([
  'municipalityCodes',
  'themes',
  'targetGroups',
  'serviceTypes',
  'projectIds',
  'adoptions',
]);
/** Fields that identify the save rather than the record. */
const NOT_COMPARED = new Set(['id', 'version']);

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;
/** Decimal fields: a budget's `amount`, an indicator's `value` (the server stores two decimals). */
const DECIMAL_FIELDS = new Set(['amount', 'value']);

/** "100" and "100.00" are the same amount; "0100.5" is "100.50". */
function canonicalAmount(value: string): string {
  const match = DECIMAL.exec(value.trim());
  if (!match) return value.trim();
  const whole = match[2].replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  return `${match[1]}${whole}.${fraction.padEnd(2, '0')}`;
}

/**
 * A value as the server would store it, for comparing: undefined is null, texts are trimmed,
 * an empty English text is null, empty lists and periods are null, sets are sorted, amounts canonical.
 */
export function normalizeValue(value: unknown, field = ''): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') return DECIMAL_FIELDS.has(field) ? canonicalAmount(value) : value.trim();
  if (Array.isArray(value)) {
    const items = value.map((item) => normalizeValue(item));
    if (!items.length) return null;
    if (SET_FIELDS.has(field)) return items.map((item) => JSON.stringify(item)).sort();
    return items;
  }
  if (!isRecord(value)) return value;
  if ('bg' in value && typeof value.bg === 'string') {
    const en = typeof value.en === 'string' ? value.en.trim() : '';
    const bg = value.bg.trim();
    return !bg && !en ? null : { bg, en: en || null };
  }
  if (field === 'period' && !value.from && !value.to) return null;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    if (key.startsWith('_')) continue;
    const normalized = normalizeValue(value[key], key);
    if (normalized !== null) result[key] = normalized;
  }
  return Object.keys(result).length ? result : null;
}

/** Whether two field values mean the same record content. */
export function sameValue(a: unknown, b: unknown, field = ''): boolean {
  return JSON.stringify(normalizeValue(a, field)) === JSON.stringify(normalizeValue(b, field));
}

export interface FieldDiff {
  field: string;
  mine: unknown;
  theirs: unknown;
  /** I changed this field since I read the record (unknown without a base: assumed). */
  changedByMe: boolean;
  /** Someone else changed it since I read the record (unknown without a base: assumed). */
  changedByThem: boolean;
}

/**
 * The fields my input sends whose values differ from the current record, in `order` first
 * (the form's order), then the rest. Fields the server did not send are left out: without
 * them there is nothing to compare. `base` (the input the form started from) tells who changed what.
 */
export function diffInputs(
  mine: InputRecord,
  theirs: InputRecord,
  options: { base?: InputRecord | null; order?: readonly string[] } = {},
): FieldDiff[] {
  const { base, order = [] } = options;
  const fields = Object.keys(mine).filter(
    (field) =>
      !NOT_COMPARED.has(field) && !field.startsWith('_') && field in theirs && mine[field] !== undefined,
  );
  const rank = (field: string) => {
    const index = order.indexOf(field);
    return index === -1 ? order.length + fields.indexOf(field) : index;
  };
  return fields
    .filter((field) => !sameValue(mine[field], theirs[field], field))
    .sort((a, b) => rank(a) - rank(b))
    .map((field) => ({
      field,
      mine: mine[field],
      theirs: theirs[field],
      changedByMe: base ? !sameValue(mine[field], base[field], field) : true,
      changedByThem: base ? !sameValue(theirs[field], base[field], field) : true,
    }));
}

export type Choice = { side: 'mine' } | { side: 'theirs' } | { side: 'edited'; value: unknown };

/**
 * What each differing field starts as: theirs where only they changed it (so my stale copy does
 * not undo their work), mine everywhere else: my text is never dropped without my choosing so.
 */
export function defaultChoices(diffs: readonly FieldDiff[]): Record<string, Choice> {
  return Object.fromEntries(
    diffs.map((diff) => [
      diff.field,
      diff.changedByThem && !diff.changedByMe ? { side: 'theirs' } : { side: 'mine' },
    ]),
  );
}

/** Keeps earlier choices for fields that still differ, defaults for the new ones. */
export function carryChoices(
  previous: Readonly<Record<string, Choice>>,
  diffs: readonly FieldDiff[],
): Record<string, Choice> {
  const defaults = defaultChoices(diffs);
  return Object.fromEntries(diffs.map((d) => [d.field, previous[d.field] ?? defaults[d.field]]));
}

/** The value a choice stands for. */
export function chosenValue(diff: FieldDiff, choice: Choice | undefined): unknown {
  if (!choice || choice.side === 'mine') return diff.mine;
  return choice.side === 'theirs' ? diff.theirs : choice.value;
}

/**
 * My input with each differing field replaced by its chosen value, sent at the current
 * version. Fields that did not differ keep my values (they equal the current ones anyway).
 */
export function applyChoices<T extends InputRecord & { version: number }>(
  mine: T,
  diffs: readonly FieldDiff[],
  choices: Readonly<Record<string, Choice>>,
  currentVersion: number,
): T {
  const merged: InputRecord = { ...mine, version: currentVersion };
  for (const diff of diffs) merged[diff.field] = clone(chosenValue(diff, choices[diff.field]));
  return merged as T;
}

/**
 * Choices as they are sent: a text edited in the dialog (kept as typed, untrimmed, while
 * editing) becomes an input text, or null when both languages were emptied.
 */
export function finalizeChoices(choices: Readonly<Record<string, Choice>>): Record<string, Choice> {
  return Object.fromEntries(
    Object.entries(choices).map(([field, choice]) => [
      field,
      choice.side === 'edited'
        ? { side: 'edited', value: fromEditableText(toEditableText(choice.value)) }
        : choice,
    ]),
  );
}

/** JSON values only travel here, so a JSON copy is a deep copy. */
function clone<V>(value: V): V {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as V);
}

/** A bilingual text as the merge dialog edits it: both languages as plain strings. */
export interface EditableText {
  bg: string;
  en: string;
}

/** A stored or input text (`{ bg, en }` or null) as two strings. */
export function toEditableText(value: unknown): EditableText {
  if (!isRecord(value)) return { bg: '', en: '' };
  return {
    bg: typeof value.bg === 'string' ? value.bg : '',
    en: typeof value.en === 'string' ? value.en : '',
  };
}

/** An edited text back as input: null when both languages are empty (clears the field). */
export function fromEditableText(text: EditableText): { bg: string; en: string | null } | null {
  const bg = text.bg.trim();
  const en = text.en.trim();
  if (!bg && !en) return null;
  return { bg, en: en || null };
}
