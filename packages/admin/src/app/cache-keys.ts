/**
 * One request serves one language, and the same practice read in Bulgarian and in English
 * carries different texts under the same id. Localized types are therefore cached per
 * requested language: `Practice:<id>:BG` and `Practice:<id>:EN`. Select
 * `localization { requested }` wherever these types are read; without it a record is kept
 * inside its parent instead of being normalized, so the two languages never overwrite each other.
 */

export const LOCALIZED_TYPES = [
  'Practice',
  'Project',
  'Organization',
  'PartnerNetwork',
  'VolunteerProgramme',
  'Theme',
  'TargetGroup',
] as const;

/**
 * Parts of a localized record with texts of their own but no `localization` of their own: kept
 * inside their parent even when an id is selected, so a Bulgarian read never overwrites the
 * English one.
 */
export const EMBEDDED_LOCALIZED_TYPES = ['Indicator', 'ProjectDocument', 'PracticeAdoption'] as const;

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
