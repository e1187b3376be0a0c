import express, { type Express, type Request, type RequestHandler, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '../common/context';
import { ErrorCode } from '../common/error-codes';
import type { HttpRuntime, ModuleManifest } from '../common/module';
import { createErrorFormatter } from './errors';
import type { Logger } from './logger';
import type { Services } from './services';

/** The HTTP status of each coded error a module's route answers with; any other code is a 500. */
const STATUS: Record<string, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.RATE_LIMITED]: 429,
  [ErrorCode.TIMEOUT]: 503,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

export interface ModuleRoutesOptions {
  services: Services;
  schema: GraphQLSchema;
  logger: Logger;
  production: boolean;
  /** Run before each module's routes: cookies, the request id's scope, compression. */
  prepare: RequestHandler[];
  /** Builds a request's context exactly as /graphql does (caller, quotas, request id). */
  context(req: Request, res: Response): Promise<RequestContext>;
}

/**
 * Mounts every module's own routes (manifest `http`): one router per module, with cookies parsed
 * and answers compressed, errors worded by the same formatter as /graphql's.
 */
export function mountModuleRoutes(
  app: Express,
  modules: readonly ModuleManifest[],
  options: ModuleRoutesOptions,
): void {
  const format = createErrorFormatter(options.logger, options.production);
  const runtime: HttpRuntime = {
    services: options.services,
    schema: options.schema,
    production: options.production,
    context: options.context,
    fail(_req, res, error) {
      const message = error instanceof Error ? error.message : String(error);
      const formatted = format({ message }, error);
      const status = STATUS[String(formatted.extensions?.code)] ?? 500;
      if (res.headersSent) {
        // A download already under way cannot change its status: cutting it off tells the client.
        res.destroy();
        return;
      }
      const retryAfter = (formatted.extensions as { retryAfter?: unknown } | undefined)?.retryAfter;
      if (status === 429 && typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
      res
        .status(status)
        .set('Cache-Control', 'no-store')
        .json({ errors: [formatted] });
    },
  };
  for (const module of modules) {
    if (!module.http) continue;
    const router = express.Router();
    router.use(...options.prepare);
    module.http(router, runtime);
    app.use(router);
  }
}
