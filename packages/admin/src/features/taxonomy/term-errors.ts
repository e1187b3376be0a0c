import type { TFunction } from 'i18next';
import { errorMessageKey, hasErrorCode, mapServerErrors } from '../../shared/errors';

/**
 * A refused taxonomy write in words: the server's field errors (worded from their reason and
 * arguments), a term someone else changed meanwhile, or what the error code says.
 */
export function termErrorMessage(error: unknown, t: TFunction): string {
  const fields = Object.values(mapServerErrors(error));
  if (fields.length) return fields.join('; ');
  if (hasErrorCode(error, 'CONFLICT')) return t('taxonomies.conflict');
  return t(errorMessageKey(error));
}
