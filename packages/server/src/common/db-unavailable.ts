import { GraphQLError } from 'graphql';
import { ErrorCode } from './error-codes';

interface DriverError {
  code?: string;
  message?: string;
}

/** SQLSTATEs of a statement stopped by `statement_timeout` or `lock_timeout`. */
const TIMED_OUT = new Set(['57014', '55P03']);

/**
 * SQLSTATE classes and driver messages that mean the database is not there (restarting,
 * unreachable, or every connection busy): the request may succeed if tried again later.
 */
const UNAVAILABLE_STATES = /^(08|57P0[1-3]|53300)/;
const UNAVAILABLE_MESSAGES =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|timeout exceeded when trying to connect|Connection terminated|Client has encountered a connection error|database connection is not available|Query read timeout/i;

export function databaseTimeout(): GraphQLError {
  return new GraphQLError('The database did not answer in time; nothing was changed. Try again.', {
    extensions: { code: ErrorCode.TIMEOUT, retryable: true, http: { status: 503 } },
  });
}

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The database is unavailable; nothing was changed. Try again shortly.', {
    extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, http: { status: 503 } },
  });
}

/**
 * A timeout or an unreachable database as a coded, masked error (no SQL, no host); anything
 * else unchanged. Reads the driver's own error under TypeORM's wrapper.
 */
export function translateUnavailable(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const driver = ((error as { driverError?: DriverError }).driverError ?? error) as DriverError;
  const code = typeof driver.code === 'string' ? driver.code : '';
  if (TIMED_OUT.has(code)) return databaseTimeout();
  if (code === 'E_TIMEOUT' || UNAVAILABLE_STATES.test(code)) return databaseUnavailable();
  if (UNAVAILABLE_MESSAGES.test(driver.message ?? '') || UNAVAILABLE_MESSAGES.test(error.message))
    return databaseUnavailable();
  return error;
}
