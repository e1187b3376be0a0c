import pino from 'pino';
import type { Logger } from '../common/logger';

export type { Logger };

/**
 * Error properties that can carry what a client sent: a failed statement's parameters and
 * PostgreSQL's `detail` ("Key (email)=(…) already exists") may hold e-mails or token hashes.
 */
const ERROR_SECRETS = new Set(['parameters', 'detail', 'where', 'query', 'driverError', 'config']);

/** pino's error serializer, less anything that may quote a client's data. */
export function safeError(error: unknown): unknown {
  const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
  if (!serialized || typeof serialized !== 'object') return serialized;
  return Object.fromEntries(Object.entries(serialized).filter(([key]) => !ERROR_SECRETS.has(key)));
}

/**
 * Paths that must never reach a log even if some code logs a whole request, response or input:
 * credentials and personal data (README "Security and failure").
 */
const REDACT = [
  'req.headers.cookie',
  'req.headers.authorization',
  'res.headers["set-cookie"]',
  'headers.cookie',
  'headers.authorization',
  '*.password',
  '*.newPassword',
  '*.token',
  '*.altcha',
  '*.email',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'obmen' },
    serializers: { err: safeError },
    redact: { paths: REDACT, censor: '[redacted]' },
  };
  return destination ? pino(options, destination) : pino(options);
}
