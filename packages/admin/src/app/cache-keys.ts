/**
 * One request serves one language, and the same practice read in Bulgarian and in English
 * carries different texts under the same id. Localized types are therefore cached per
 * requested language: `Practice:<id>:BG` and `Practice:<id>:EN`. Select
 * `localization { requested }` wherever these types are read; without it a record is kept
 * inside its parent instead of being normalized, so the two languages never overwrite each other.
 * Which types are localized is declared by their sections (app/sections.ts).
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The cache id of a localized record, or false to keep it unnormalized. */
export function localizedCacheKey(
  typename: string,
  object: Readonly<Record<string, unknown>>,
): string | false {
  const id = object.id;
  if (typeof id !== 'string' && typeof id !== 'number') return false;
  const localization = object.localization;
  const requested = isRecord(localization) ? localization.requested : undefined;
  if (typeof requested !== 'string') return false;
  return `${typename}:${id}:${requested}`;
}
