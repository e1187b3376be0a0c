import { cleanText, type LocalizedText, type TranslationStamps } from './localized';

function isText(value: object): value is LocalizedText {
  return 'bg' in value;
}

/** Every text of one language inside a (possibly nested) localized value, in order. */
function strings(value: unknown, lang: 'bg' | 'en'): (string | null)[] {
  if (Array.isArray(value)) return value.flatMap((item) => strings(item, lang));
  if (value && typeof value === 'object') {
    if (isText(value)) return [value[lang] ?? null];
    return Object.values(value).flatMap((v) => strings(v, lang));
  }
  return [];
}

/** A language's content as one comparable string; no text at all compares equal to none. */
function language(value: unknown, lang: 'bg' | 'en'): string {
  const texts = strings(value, lang);
  return texts.every((t) => t === null) ? '' : JSON.stringify(texts);
}

/** Trims texts inside a localized value; an empty English text becomes null. */
export function cleanTexts<T>(value: T): T {
  if (Array.isArray(value)) return value.map(cleanTexts) as T;
  if (value && typeof value === 'object') {
    if (isText(value)) return cleanText(value) as T;
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, cleanTexts(v)])) as T;
  }
  return value;
}

/**
 * Copies the given localized fields of an input onto a record (undefined = leave as is) and
 * moves the language stamps, so English older than its Bulgarian source shows as stale.
 */
export function assignTexts<R extends TranslationStamps>(
  record: R,
  input: object,
  keys: readonly string[],
  now = new Date(),
): void {
  const target = record as unknown as Record<string, unknown>;
  const source = input as Record<string, unknown>;
  let bgChanged = false;
  let enChanged = false;
  for (const key of keys) {
    if (source[key] === undefined) continue;
    const next = source[key] === null ? null : cleanTexts(source[key]);
    const same = (lang: 'bg' | 'en') => language(target[key], lang) === language(next, lang);
    if (!same('bg')) bgChanged = true;
    if (!same('en')) enChanged = true;
    target[key] = next;
  }
  if (bgChanged) record.bgRevisedAt = now;
  if (enChanged) record.enRevisedAt = now;
}
