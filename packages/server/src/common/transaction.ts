import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { translateUnavailable } from './db-unavailable';
import { badInput, conflict, Reason } from './errors';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
}

/** Database refusals become typed errors; the SQL itself never reaches a client. */
export function translateDbError(error: unknown): unknown {
  const unavailable = translateUnavailable(error);
  if (unavailable !== error || !(error instanceof QueryFailedError)) return unavailable;
  const pg = error.driverError as PgError;
  switch (pg.code) {
    case '23505':
      return conflict('A record with the same unique value already exists', {
        constraint: pg.constraint,
        reason: Reason.taken,
      });
    case '23503':
      return badInput([
        {
          field: pg.constraint ?? 'reference',
          message: 'Refers to a record that does not exist or is still in use',
          // PostgreSQL says which side failed: a missing target, or a row others still point to.
          reason: pg.detail?.includes('still referenced') ? Reason.stillReferenced : Reason.unknownReference,
        },
      ]);
    // 22021/22P05, a NUL or an untranslatable character, are refused at the edge (text-guard.ts):
    // mapped here as well, as a safeguard.
    case '23514':
    case '22P02':
    case '22001':
    case '22003':
    case '22007':
    case '22008':
    case '22021':
    case '22P05':
      return badInput([
        {
          field: pg.constraint ?? 'input',
          message: 'A value is out of range or malformed',
          reason: Reason.invalid,
        },
      ]);
    default:
      return error;
  }
}

/**
 * One transaction per mutation: everything is written or nothing is. Given a manager that is
 * already in a transaction, the work joins it instead.
 */
export async function inTransaction<T>(
  ds: DataSource,
  within: EntityManager | undefined,
  work: (manager: EntityManager) => Promise<T>,
): Promise<T> {
  try {
    return await (within ? work(within) : ds.transaction(work));
  } catch (error) {
    throw translateDbError(error);
  }
}
