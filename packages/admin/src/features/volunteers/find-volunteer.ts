import { hasErrorCode } from '../../shared/errors';

/**
 * One volunteer by id, or null when the server answers NOT_FOUND: unknown, deleted, or out of
 * the coordinator's reach (the server does not tell these apart). Other errors are thrown.
 */
export async function findVolunteer<T>(
  id: string,
  fetchOne: (id: string) => Promise<T | null | undefined>,
): Promise<T | null> {
  try {
    return (await fetchOne(id)) ?? null;
  } catch (error) {
    if (hasErrorCode(error, 'NOT_FOUND')) return null;
    throw error;
  }
}
