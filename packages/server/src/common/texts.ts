import { cleanText, type LocalizedText, type TranslationStamps } from './localized';

type TextValue = LocalizedText | LocalizedText[] | null | undefined;

function language(value: TextValue, lang: 'bg' | 'en'): string {
  const items = Array.isArray(value) ? value : value ? [value] : [];
  return JSON.stringify(items.map((item) => item[lang] ?? null));
}

function clean(value: TextValue): LocalizedText | LocalizedText[] | null {
  if (value == null) return null;
  return Array.isArray(value) ? value.map(cleanText) : cleanText(value);
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
  const target = record as unknown as Record<string, TextValue>;
  const source = input as Record<string, TextValue>;
  let bgChanged = false;
  let enChanged = false;
  for (const key of keys) {
    if (source[key] === undefined) continue;
    const next = clean(source[key]);
    if (language(target[key], 'bg') !== language(next, 'bg')) bgChanged = true;
    if (language(target[key], 'en') !== language(next, 'en')) enChanged = true;
    target[key] = next;
  }
  if (bgChanged) record.bgRevisedAt = now;
  if (enChanged) record.enRevisedAt = now;
}
