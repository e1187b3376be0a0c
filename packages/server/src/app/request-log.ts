import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Context } from './context';
import type { Logger } from './logger';

/** What a request's log line may say of it, filled in as the request is understood. */
export interface RequestLogFields {
  operation?: string;
  principal?: string;
}

/** The fields object a request's context fills in (operation name, principal kind). */
export function requestLogFields(res: Response): RequestLogFields {
  return ((res.locals as { log?: RequestLogFields }).log ??= {});
}

/** Path without the query string: a GET's query may carry variables (an e-mail, a search). */
function pathOf(url: string): string {
  const end = url.search(/[?#]/);
  return end === -1 ? url : url.slice(0, end);
}

declare module 'node:http' {
  interface IncomingMessage {
    /** This request's id: the caller's `x-request-id` when it is a plain token, else a new UUID. */
    id: string;
  }
}

const UNLOGGED = new Set(['/health', '/ready']);

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
}

/**
 * One line per request: method, path, operation name, status, duration, request id and the
 * kind of principal. Never headers (cookies, `Authorization`, `Set-Cookie`), query strings or
 * bodies: they carry session tokens, partner tokens, passwords and nominators' e-mails.
 *
 * The line is built when the answer has gone and only if its level is logged: at
 * LOG_LEVEL=warn a successful read costs two listeners. (pino-http, used before, made two
 * child loggers per request, serializing the request into each, whatever the level.)
 */
export function requestLogger(logger: Logger): RequestHandler {
  return (req, res, next) => {
    req.id ||= requestIdOf(req);
    // A health probe every few seconds would drown the requests that matter.
    if (UNLOGGED.has(req.url)) return next();
    const started = Date.now();
    const complete = (error?: Error) => {
      res.off('close', complete);
      res.off('finish', complete);
      res.off('error', complete);
      const failure =
        error ?? (res.statusCode >= 500 ? new Error(`failed with status code ${res.statusCode}`) : undefined);
      const level = failure ? 'error' : 'info';
      if (!logger.isLevelEnabled(level)) return;
      const line = {
        req: { id: req.id, method: req.method, path: pathOf(req.originalUrl ?? req.url) },
        res: { statusCode: res.statusCode },
        ...requestLogFields(res),
        responseTime: Date.now() - started,
      };
      if (failure) logger.error({ ...line, err: failure }, 'request errored');
      else logger.info(line, 'request completed');
    };
    res.on('close', complete);
    res.on('finish', complete);
    res.on('error', complete);
    next();
  };
}

/** Names the operation in the request's log line once Apollo has resolved it. */
export const operationLogPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operationName, operation, contextValue }) {
        const fields = contextValue.logFields;
        if (fields) fields.operation = operationName ?? operation?.operation ?? undefined;
      },
    };
  },
};
