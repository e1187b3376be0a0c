/**
 * Turns a revision diff (`changes { field before after }`, values in the shape of the update
 * input) into what the diff view shows: texts per language side by side with the changed words
 * marked, lists as added/removed items, small objects (period, contact) per key, other values
 * as before → after. Pure, so it is unit-tested; the component only lays it out.
 */
import { htmlToPlainText } from '../../shared/components/rich-text';

export interface FormatContext {
  /** Dates are shown in this interface language. */
  formatDate: (value: string) => string;
  formatDateTime: (value: string) => string;
  yes: string;
  no: string;
  /** A name for a code or slug of a field, e.g. municipality codes → names; undefined keeps it. */
  label?: (field: string, value: string) => string | undefined;
}

export interface Segment {
  text: string;
  changed: boolean;
}

export interface TextRow {
  /** bg / en for bilingual texts; null for a plain text. */
  lang: 'bg' | 'en' | null;
  before: Segment[] | null;
  after: Segment[] | null;
  changed: boolean;
}

export interface KeyRow {
  key: string;
  before: string | null;
  after: string | null;
  changed: boolean;
}

export type FieldDiff =
  | { kind: 'text'; field: string; rows: TextRow[] }
  | { kind: 'list'; field: string; added: string[]; removed: string[]; kept: number }
  | { kind: 'object'; field: string; rows: KeyRow[] }
  | { kind: 'value'; field: string; before: string | null; after: string | null };

export interface FieldChangeInput {
  field: string;
  before?: unknown;
  after?: unknown;
}

const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Strings longer than this (or with line breaks) are texts, shown side by side. */
const SHORT_TEXT = 80;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

/** `{ bg, en }` as stored for bilingual texts. */
export function isLocalizedText(value: unknown): value is { bg?: string | null; en?: string | null } {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value);
  return (
    keys.length > 0 &&
    keys.every(
      (key) => (key === 'bg' || key === 'en') && (value[key] === null || typeof value[key] === 'string'),
    )
  );
}

/** One value as a line of text: dates in the interface language, objects as `key: value · …`. */
export function formatValue(value: unknown, ctx: FormatContext, field?: string): string | null {
  if (isEmpty(value)) return null;
  if (field && typeof value === 'string') {
    const label = ctx.label?.(field, value);
    if (label) return label;
  }
  if (typeof value === 'boolean') return value ? ctx.yes : ctx.no;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (typeof value === 'string') {
    if (DATE_TIME.test(value)) return ctx.formatDateTime(value) || value;
    if (LOCAL_DATE.test(value)) return ctx.formatDate(value) || value;
    return value;
  }
  if (Array.isArray(value)) {
    const items = value
      .map((item) => formatValue(item, ctx, field))
      .filter((item): item is string => item !== null);
    return items.length ? items.join(', ') : null;
  }
  if (isLocalizedText(value)) {
    return (
      (['bg', 'en'] as const)
        .filter((lang) => !isEmpty(value[lang]))
        .map((lang) => `${lang.toUpperCase()}: ${value[lang]}`)
        .join(' · ') || null
    );
  }
  if (isRecord(value)) {
    const parts = Object.entries(value)
      .filter(([key]) => !key.startsWith('_'))
      .map(([key, item]) => [key, formatValue(item, ctx, key)] as const)
      .filter((entry): entry is readonly [string, string] => entry[1] !== null)
      .map(([key, item]) => `${key}: ${item}`);
    return parts.length ? parts.join(' · ') : null;
  }
  return String(value);
}

/** Words and the spaces between them, so joining the tokens gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\s+|[^\s]+/g) ?? [];
}

/** Above this many differing words, the whole differing middle is marked (no word matching). */
const MAX_DIFF_TOKENS = 1500;

function merge(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (const segment of segments) {
    if (!segment.text) continue;
    const last = out[out.length - 1];
    if (last && last.changed === segment.changed) last.text += segment.text;
    else out.push({ ...segment });
  }
  return out;
}

/**
 * Marks the words that differ between two texts (longest common subsequence of words, after
 * the common start and end are set aside). Whitespace alone never counts as a change.
 */
export function wordDiff(before: string, after: string): { before: Segment[]; after: Segment[] } {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const keptA = new Array<boolean>(midA.length).fill(false);
  const keptB = new Array<boolean>(midB.length).fill(false);
  if (midA.length && midB.length && midA.length * midB.length <= MAX_DIFF_TOKENS * MAX_DIFF_TOKENS) {
    const width = midB.length + 1;
    const lcs = new Uint16Array((midA.length + 1) * width);
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        lcs[i * width + j] =
          midA[i] === midB[j]
            ? lcs[(i + 1) * width + j + 1] + 1
            : Math.max(lcs[(i + 1) * width + j], lcs[i * width + j + 1]);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length && j < midB.length) {
      if (midA[i] === midB[j]) {
        keptA[i++] = true;
        keptB[j++] = true;
      } else if (lcs[(i + 1) * width + j] >= lcs[i * width + j + 1]) i++;
      else j++;
    }
  }
  const side = (all: string[], mid: string[], kept: boolean[], end: number): Segment[] => {
    const word = mid.map((text, k) => !kept[k] && text.trim() !== '');
    // Spaces between two changed words belong to the change, so a changed phrase is one mark.
    const flags = mid.map((text, k) => word[k] || (text.trim() === '' && !!word[k - 1] && !!word[k + 1]));
    return merge([
      { text: all.slice(0, start).join(''), changed: false },
      ...mid.map((text, k) => ({ text, changed: flags[k] })),
      { text: all.slice(end).join(''), changed: false },
    ]);
  };
  return { before: side(a, midA, keptA, endA), after: side(b, midB, keptB, endB) };
}

/**
 * Texts are compared as read: rich text (HTML) without its tags, paragraphs on lines of their
 * own. A change of formatting alone still counts as a change, with no word marked.
 */
function textRow(lang: TextRow['lang'], before: unknown, after: unknown): TextRow {
  const rawBefore = isEmpty(before) ? null : String(before);
  const rawAfter = isEmpty(after) ? null : String(after);
  const changed = rawBefore !== rawAfter;
  const b = rawBefore === null ? null : htmlToPlainText(rawBefore);
  const a = rawAfter === null ? null : htmlToPlainText(rawAfter);
  if (b !== null && a !== null) {
    const diff = wordDiff(b, a);
    return { lang, before: diff.before, after: diff.after, changed };
  }
  return {
    lang,
    before: b === null ? null : [{ text: b, changed: true }],
    after: a === null ? null : [{ text: a, changed: true }],
    changed,
  };
}

/** Items of a list as lines; an item kept in both lists (as often as in both) is not shown. */
function listDiff(field: string, before: unknown, after: unknown, ctx: FormatContext): FieldDiff {
  const lines = (value: unknown) =>
    (Array.isArray(value) ? value : isEmpty(value) ? [] : [value]).map(
      (item) => formatValue(item, ctx, field) ?? '—',
    );
  const removed = lines(before);
  const added: string[] = [];
  let kept = 0;
  for (const item of lines(after)) {
    const index = removed.indexOf(item);
    if (index >= 0) {
      removed.splice(index, 1);
      kept++;
    } else added.push(item);
  }
  return { kind: 'list', field, added, removed, kept };
}

const isLongText = (value: unknown) =>
  typeof value === 'string' && (value.length > SHORT_TEXT || value.includes('\n'));

/** What the view shows for one changed field. */
export function fieldDiff(change: FieldChangeInput, ctx: FormatContext): FieldDiff {
  const { field, before, after } = change;
  if (
    (isLocalizedText(before) || isEmpty(before)) &&
    (isLocalizedText(after) || isEmpty(after)) &&
    (isLocalizedText(before) || isLocalizedText(after))
  ) {
    const b = isLocalizedText(before) ? before : {};
    const a = isLocalizedText(after) ? after : {};
    return {
      kind: 'text',
      field,
      rows: (['bg', 'en'] as const).map((lang) => textRow(lang, b[lang], a[lang])),
    };
  }
  if (Array.isArray(before) || Array.isArray(after)) return listDiff(field, before, after, ctx);
  if (isRecord(before) || isRecord(after)) {
    const b = isRecord(before) ? before : {};
    const a = isRecord(after) ? after : {};
    const rank = (key: string) => {
      const index = (KEY_ORDER as readonly string[]).indexOf(key);
      return index < 0 ? KEY_ORDER.length : index;
    };
    const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])]
      .filter((key) => !key.startsWith('_'))
      .sort((x, y) => rank(x) - rank(y) || x.localeCompare(y));
    return {
      kind: 'object',
      field,
      rows: keys.map((key) => {
        const rowBefore = formatValue(b[key], ctx, key);
        const rowAfter = formatValue(a[key], ctx, key);
        return { key, before: rowBefore, after: rowAfter, changed: rowBefore !== rowAfter };
      }),
    };
  }
  if (isLongText(before) || isLongText(after))
    return { kind: 'text', field, rows: [textRow(null, before, after)] };
  return {
    kind: 'value',
    field,
    before: formatValue(before, ctx, field),
    after: formatValue(after, ctx, field),
  };
}

/**
 * Compares fields in the order a form shows them (`order`, its section's `history.fields`), any
 * other field after them by name.
 */
function byFormOrder(order: readonly string[]) {
  const rank = (field: string) => {
    const index = order.indexOf(field);
    return index < 0 ? order.length : index;
  };
  return (x: string, y: string) => rank(x) - rank(y) || x.localeCompare(y);
}

/** Field names (a revision's changed fields) in form order, without bookkeeping ones (`_…`). */
export function inFormOrder(fields: readonly string[], order: readonly string[]): string[] {
  return fields.filter((field) => !field.startsWith('_')).sort(byFormOrder(order));
}

/** Every change, in the order fields appear on the form. */
export function diffView(
  changes: readonly FieldChangeInput[],
  ctx: FormatContext,
  order: readonly string[],
): FieldDiff[] {
  const compare = byFormOrder(order);
  return [...changes]
    .filter((change) => !change.field.startsWith('_'))
    .sort((x, y) => compare(x.field, y.field))
    .map((change) => fieldDiff(change, ctx));
}

/** Keys of the small objects (period, contact), in reading order; each has a label in `history.keys`. */
export const KEY_ORDER = [
  'from',
  'to',
  'precision',
  'person',
  'address',
  'phone',
  'email',
  'website',
  'amount',
  'currency',
] as const;

export type KnownKey = (typeof KEY_ORDER)[number];

export function isKnownKey(key: string): key is KnownKey {
  return (KEY_ORDER as readonly string[]).includes(key);
}
