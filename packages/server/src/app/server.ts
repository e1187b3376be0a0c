import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import cors from 'cors';
import express from 'express';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppConfig } from './config';
import { senderHash } from '../modules/auth/secrets';
import { Context } from './context';
import { principalFor, SessionCookie, tokenOrigins } from './http-auth';
import type { Database } from '../db/data-source';
import { isMigrated } from '../db/migrate';
import { cspNonce, serveAdmin } from './admin-static';
import { createErrorFormatter } from './errors';
import { jsonErrorHandler, LIMITS, queryLimits, requestIdScope, securityHeaders } from './hardening';
import { schemaDisclosurePlugin } from './introspection-plugin';
import { localePlugin } from './locale-plugin';
import { policyPlugin } from './policy-plugin';
import { operationLogPlugin, requestLogFields, requestLogger } from './request-log';
import type { Logger } from './logger';
import { createSchema } from './schema';
import type { Services } from './services';

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
): Promise<RunningServer> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError: createErrorFormatter(logger, config.production),
    includeStacktraceInErrorResponses: false,
    // On for everyone here; schemaDisclosurePlugin refuses it to the public and partners in production.
    introspection: true,
    // Apollo's defaults, stated so that nobody turns them off by accident.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    ...queryLimits(),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // Unused cache hints cost 40–65 % of throughput.
      ApolloServerPluginCacheControlDisabled(),
      ...(config.production ? [ApolloServerPluginLandingPageDisabled()] : []),
      localePlugin,
      policyPlugin,
      operationLogPlugin,
      schemaDisclosurePlugin(config.production),
    ],
  });
  await apollo.start();

  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const allowedOrigins = tokenOrigins(database.dataSource);
  app.use(requestLogger(logger));
  app.use(cspNonce);
  app.use(securityHeaders(config.production));
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/ready', async (_req, res) => {
    try {
      const ready = await isMigrated(database.dataSource);
      res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'migrations pending' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.use(
    '/graphql',
    // Cross-origin use is for partner tokens only; the admin SPA is served from this origin.
    cors({
      origin: (origin, done) => {
        if (!origin) return done(null, false);
        allowedOrigins().then((set) => done(null, set.has(origin)), done);
      },
      allowedHeaders: ['authorization', 'content-type', 'apollo-require-preflight'],
      maxAge: 600,
    }),
    cookieParser(),
    express.json({ limit: LIMITS.bodyBytes }),
    requestIdScope,
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const logFields = requestLogFields(res);
        const principal = await principalFor(req, services);
        logFields.principal = principal.kind;
        return new Context(database.dataSource, services, {
          requestId: String(req.id),
          principal,
          senderHash: senderHash(services.runtime.secret, req.ip ?? ''),
          session: new SessionCookie(res, config.production || req.secure),
          logFields,
        });
      },
    }),
  );
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
