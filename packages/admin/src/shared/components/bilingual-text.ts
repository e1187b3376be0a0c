import type { LocalizedTextInput } from '../../gql/graphql';

/** A text of a form in Bulgarian and English, as typed. */
export interface BilingualText {
  bg: string;
  en: string;
}

export const emptyText = (): BilingualText => ({ bg: '', en: '' });

/** A text for the API: trimmed; nothing in either language is null (clears an optional text). */
export function optionalTextInput(value: BilingualText): LocalizedTextInput | null {
  const bg = value.bg.trim();
  const en = value.en.trim();
  if (!bg && !en) return null;
  return { bg, en: en || null };
}

/** A required text: sent even when empty, so the server can name the empty field. */
export const requiredTextInput = (value: BilingualText): LocalizedTextInput =>
  optionalTextInput(value) ?? { bg: '', en: null };

/** An input or stored text (`{ bg, en }`, or anything else) as form text. */
export function textFromInput(value: unknown): BilingualText {
  const t = value as { bg?: unknown; en?: unknown } | null | undefined;
  return { bg: typeof t?.bg === 'string' ? t.bg : '', en: typeof t?.en === 'string' ? t.en : '' };
}

/**
 * The English of a list item read in English: the server fills in missing English from
 * Bulgarian and reports it only for the list as a whole, so an English text equal to its
 * Bulgarian one is taken as not translated.
 */
export function translatedText(source: string | null | undefined, translation: string | null | undefined) {
  return translation && translation !== source ? translation : '';
}

/** A record as the localized edit fragments carry it: which language was read, what fell back. */
interface Localized {
  localization: { requested: string; fallbackFields: readonly string[] };
}

/**
 * The English of a record's text field as its form starts from it: empty when the record was
 * not read in English or the server filled the field in from Bulgarian (no translation yet).
 */
export function translatedField<R extends Localized, F extends keyof R & string>(
  en: R | null | undefined,
  field: F,
): string {
  if (!en || en.localization.requested !== 'EN' || en.localization.fallbackFields.includes(field)) return '';
  const value = en[field];
  return typeof value === 'string' ? value : '';
}

/**
 * The name and description of a record as its form starts from them (organizations, networks,
 * programmes: the forms of `BilingualTextsPanel`).
 */
export function nameAndDescription<R extends Localized & { name: string; description?: string | null }>(
  bg: R,
  en: R | null | undefined,
): { name: BilingualText; description: BilingualText } {
  return {
    name: { bg: bg.name, en: translatedField(en, 'name') },
    description: { bg: bg.description ?? '', en: translatedField(en, 'description') },
  };
}

/** English without Bulgarian: the server needs the Bulgarian of every text given. */
export const englishOnly = (text: BilingualText): boolean => !text.bg.trim() && Boolean(text.en.trim());

/**
 * The checks every record's texts share, by form path: the first field (title or name) needs
 * its Bulgarian, any other text given in English only needs its Bulgarian too. `keys` are the
 * section's message keys for the two problems.
 */
export function checkTexts<F extends string, K extends string>(
  values: Readonly<Record<F, BilingualText>>,
  [required, ...others]: readonly [F, ...F[]],
  keys: { required: K; bgRequired: K },
): Record<string, K> {
  const problems: Record<string, K> = {};
  if (!values[required].bg.trim()) problems[`${required}.bg`] = keys.required;
  for (const field of others) if (englishOnly(values[field])) problems[`${field}.bg`] = keys.bgRequired;
  return problems;
}
