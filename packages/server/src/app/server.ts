import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from './config';
import { senderHash } from '../modules/auth';
import { Context } from './context';
import { callerFor, SessionCookie, tokenOrigins } from './http-auth';
import { metricsMiddleware } from './metrics';
import { mountModuleRoutes } from './module-routes';
import { RateLimiter } from './rate-limit';
import type { Database } from '../db/data-source';
import { translateDbError } from '../common/transaction';
import { serveAdmin } from './admin-static';
import { serveDeveloperPages } from './developer-pages';
import { cacheControlPlugin, preflightWithoutSession } from './cacheable-reads';
import { createErrorFormatter } from './errors';
import { readiness } from './readiness';
import {
  hardeningPlugins,
  jsonErrorHandler,
  LIMITS,
  queryLimits,
  requestIdScope,
  securityHeaders,
} from './hardening';
import { schemaDisclosurePlugin } from './introspection-plugin';
import { localePlugin } from './locale-plugin';
import { foldPolicy } from './policy';
import { policyPlugin } from './policy-plugin';
import { operationLogPlugin, requestLogFields, requestLogger } from './request-log';
import type { Logger } from './logger';
import { createSchema } from './schema';
import type { Services } from './services';
import type { ModuleManifest } from '../common/module';
import { MODULES } from './modules';
import { responseCachePlugin } from '../modules/response-cache';
import { trustedDocumentsPlugin } from '../modules/persisted-query';

/** Responses smaller than this are sent uncompressed: the headers would eat the gain. */
export const COMPRESS_ABOVE_BYTES = 1024;

/**
 * gzip or brotli when the client accepts it, above a size where it pays (a page of practices
 * shrinks about 5×); small answers go as they are. A client that accepts no encoding (many a
 * partner's server-side HTTP client) skips the middleware, which would wrap the response and
 * negotiate for nothing; its answer still says that it varies by the header.
 */
function compressWhenAccepted(): express.RequestHandler {
  const compress = compression({ threshold: COMPRESS_ABOVE_BYTES });
  return (req, res, next) => {
    if (req.headers['accept-encoding']) return compress(req, res, next);
    res.vary('Accept-Encoding');
    next();
  };
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startServer(
  config: AppConfig,
  logger: Logger,
  database: Database,
  services: Services,
  modules: readonly ModuleManifest[] = MODULES,
): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const schema = await createSchema(modules);
  const apollo = new ApolloServer<Context>({
    schema,
    formatError: createErrorFormatter(logger, config.production),
    includeStacktraceInErrorResponses: false,
    // On for everyone here; schemaDisclosurePlugin refuses it to the public and partners in production.
    introspection: true,
    // Apollo's defaults, stated so that nobody turns them off by accident.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // In the database, shared by every server (a light test boot without the module keeps Apollo's own).
    ...(services.persistedQueries
      ? { persistedQueries: { cache: services.persistedQueries.logTo(logger) } }
      : {}),
    // Apollo's own handler re-raises the signal once it has stopped, killing the process before
    // the scheduler and the database are closed: main.ts stops everything in order instead.
    stopOnTerminationSignals: false,
    ...queryLimits(),
    plugins: [
      ApolloServerPluginDrainHttpServer({
        httpServer,
        stopGracePeriodMillis: config.shutdownGraceMs ?? 8000,
      }),
      // Unused cache hints cost 40–65 % of throughput.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      localePlugin,
      policyPlugin(foldPolicy(modules)),
      ...hardeningPlugins,
      operationLogPlugin,
      schemaDisclosurePlugin(config.production),
      cacheControlPlugin,
      ...(services.persistedQueries ? [trustedDocumentsPlugin(services.persistedQueries)] : []),
      ...(services.responseCache ? [responseCachePlugin(services.responseCache.logTo(logger))] : []),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  // A strong ETag on every GET answer, and 304 for a matching If-None-Match (res.send does both).
  app.set('etag', 'strong');
  app.set('trust proxy', config.trustProxy);
  const allowedOrigins = tokenOrigins(database.dataSource);
  const rateLimiter = config.rateLimits && new RateLimiter(database.dataSource, config.rateLimits, logger);
  app.use(requestLogger(logger));
  app.use(metricsMiddleware(config.metricsToken, database.dataSource));
  app.use(securityHeaders(config.production));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    const status = await readiness(database.dataSource);
    res.status(status === 'ready' ? 200 : 503).json({ status });
  });
  /** Who calls, their quotas counted: the same for /graphql and for every module's routes. */
  const contextFor = async (req: express.Request, res: express.Response): Promise<Context> => {
    const logFields = requestLogFields(res);
    const { principal, quota } = await callerFor(req, services).catch((error: unknown) => {
      // Looking up the session or token needs the database: say it is away, not "internal".
      throw translateDbError(error);
    });
    logFields.principal = principal.kind;
    // A keyed hash (HMAC) of the address, made only for what counts or keeps it: the public's
    // quota and submissions, not every read.
    let hashed: string | undefined;
    const sender = () => (hashed ??= senderHash(services.runtime.secret, req.ip ?? ''));
    await rateLimiter?.enforce(principal, quota, sender, res);
    return new Context(database.dataSource, services, {
      requestId: String(req.id),
      principal,
      senderHash: sender,
      session: new SessionCookie(res, config.production || req.secure),
      origin: `${req.protocol}://${req.get('host') ?? 'localhost'}`,
      logFields,
    });
  };
  app.use(
    '/graphql',
    // Cross-origin use is for partner tokens only; the admin SPA is served from this origin. A
    // read over GET with neither cookie nor token (the widget's) carries no authority: any site.
    cors((req, done) =>
      done(
        null,
        req.method === 'GET' && !req.headers.cookie && !req.headers.authorization
          ? { origin: '*' }
          : {
              origin: (origin, next) => {
                if (!origin) return next(null, false);
                allowedOrigins().then((set) => next(null, set.has(origin)), next);
              },
              allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight'],
              maxAge: 600,
            },
      ),
    ),
    compressWhenAccepted(),
    cookieParser(),
    preflightWithoutSession,
    express.json({ limit: LIMITS.bodyBytes }),
    requestIdScope,
    expressMiddleware(apollo, { context: ({ req, res }) => contextFor(req, res) }),
  );
  const whoAsks = async (req: express.Request) => (await callerFor(req, services)).principal;
  if (serveDeveloperPages(app, { schema, production: config.production, principal: whoAsks }))
    logger.debug('serving the developer page at /developers');
  mountModuleRoutes(app, modules, {
    services,
    schema,
    logger,
    production: config.production,
    prepare: [cookieParser(), requestIdScope, compressWhenAccepted()],
    context: contextFor,
  });
  if (serveAdmin(app)) logger.debug('serving the admin SPA at /');
  app.use(jsonErrorHandler(logger));

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', reject);
      resolve();
    });
  });
  const port = (httpServer.address() as AddressInfo).port;
  return {
    port,
    url: `http://localhost:${port}`,
    // Draining lets in-flight requests finish before the database closes.
    stop: () => apollo.stop(),
  };
}
