import type { ApolloServerPlugin } from '@apollo/server';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import { pinoHttp } from 'pino-http';
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

/**
 * One line per request: method, path, operation name, status, duration, request id and the
 * kind of principal. Never headers (cookies, `Authorization`, `Set-Cookie`), query strings or
 * bodies: they carry session tokens, partner tokens, passwords and nominators' e-mails.
 */
export function requestLogger(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{1,64}$/.test(given) ? given : randomUUID();
    },
    customLogLevel: (_req, res, err) => (err || res.statusCode >= 500 ? 'error' : 'info'),
    customProps: (_req, res) => ({ ...requestLogFields(res as Response) }),
    serializers: {
      req: (req: { method: string; url: string; id: string }) => ({
        id: req.id,
        method: req.method,
        path: pathOf(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    // A health probe every few seconds would drown the requests that matter.
    autoLogging: { ignore: (req: Request) => req.url === '/health' || req.url === '/ready' },
  });
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
