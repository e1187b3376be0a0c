/**
 * A localized record is cached once per requested language (`Practice:<id>:BG`, see
 * app/cache-keys.ts); features that delete a record evict every one of those ids.
 */
export const CONTENT_LOCALES = ['BG', 'EN'] as const;

/** Every cache id a record can have, e.g. to evict a deleted practice in both languages. */
export function localizedCacheIds(typename: string, id: string): string[] {
  return CONTENT_LOCALES.map((locale) => `${typename}:${id}:${locale}`);
}
