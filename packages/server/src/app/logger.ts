import pino from 'pino';
import pretty from 'pino-pretty';
import { envFlag } from '../common/env';
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

/**
 * Logs for a person at a terminal (LOG_PRETTY, else whether stdout is one): one short coloured
 * line per entry, a request as "POST /graphql 200 12 ms PracticeList". Anything else (a file,
 * a container's log collector) gets pino's JSON, one object a line.
 */
export function prettyLogs(env: NodeJS.ProcessEnv = process.env, tty = !!process.stdout.isTTY): boolean {
  return envFlag(env.LOG_PRETTY) ?? tty;
}

interface RequestLine {
  req?: { method?: string; path?: string };
  res?: { statusCode?: number };
  responseTime?: number;
  operation?: string;
  msg?: string;
}

/** `output`: where the lines go (stdout by default). */
export function prettyStream(output?: NodeJS.WritableStream): pino.DestinationStream {
  return pretty({
    sync: true,
    ...(output ? { destination: output } : {}),
    colorize: !output && !!process.stdout.isTTY,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,service,req,res,responseTime,operation,principal,reqId',
    messageFormat: (log: RequestLine, messageKey: string) =>
      log.req && log.res
        ? [log.req.method, log.req.path, log.res.statusCode, `${log.responseTime ?? '?'} ms`, log.operation]
            .filter((part) => part !== undefined)
            .join(' ')
        : String((log as Record<string, unknown>)[messageKey] ?? ''),
  });
}

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { service: 'obmen' },
    serializers: { err: safeError },
    redact: { paths: REDACT, censor: '[redacted]' },
  };
  if (destination) return pino(options, destination);
  return prettyLogs() ? pino(options, prettyStream()) : pino(options);
}
