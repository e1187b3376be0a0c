import cookieParser from 'cookie-parser';
import type { Express, Request, RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { type GraphQLSchema, printSchema } from 'graphql';
import fs from 'node:fs';
import path from 'node:path';
import type { Principal } from '../common/principal';
import { isStaff } from './introspection-plugin';

type StaticOptions = NonNullable<Parameters<typeof expressStaticGzip>[1]>['serveStatic'];

export interface DeveloperPagesOptions {
  schema: GraphQLSchema;
  production: boolean;
  /** Who asks (session cookie or bearer token); a failure counts as the public. */
  principal(req: Request): Promise<Principal>;
  /** packages/developers/dist, or OBMEN_DEVELOPERS_DIR. */
  distDir?: string;
}

/** A partner embeds a fixed URL: an hour's cache lets a fix reach every site the same day. */
export const WIDGET_MAX_AGE_SECONDS = 3600;

/**
 * `/schema.graphql`: the printed schema as a download, to whoever may introspect (schemaDisclosurePlugin's isStaff: in production signed-in staff only);
 * in production the public and partner tokens get 403 with the reason.
 */
function schemaFile(options: DeveloperPagesOptions): RequestHandler[] {
  let printed: string | null = null;
  const send: RequestHandler = async (req, res) => {
    if (options.production) {
      const principal = await options.principal(req).catch(() => null);
      if (!principal || !isStaff(principal)) {
        res
          .status(403)
          .set('Cache-Control', 'no-store')
          .type('text/plain; charset=utf-8')
          .send(
            'The schema is available to signed-in Obmen staff only (as is introspection). ' +
              'Ask an administrator for schema.graphql.\n',
          );
        return;
      }
    }
    printed ??= `${printSchema(options.schema)}\n`;
    res
      // The answer depends on who asks in production: never from a shared cache.
      .set('Cache-Control', options.production ? 'private, no-cache' : 'no-cache')
      .set('Content-Disposition', 'attachment; filename="obmen-schema.graphql"')
      .type('text/plain; charset=utf-8')
      .send(printed);
  };
  return [cookieParser(), send];
}

/**
 * The partner developer page at /developers (its hashed assets under /developers/assets, a year
 * and precompressed like the admin's), the embeddable widget at /widget.js (any site may load it)
 * and the schema at /schema.graphql. The page and widget are served when packages/developers was
 * built; returns whether it was.
 */
export function serveDeveloperPages(app: Express, options: DeveloperPagesOptions): boolean {
  app.get('/schema.graphql', ...schemaFile(options));
  const dist =
    options.distDir ??
    process.env.OBMEN_DEVELOPERS_DIR ??
    path.resolve(__dirname, '../../../developers/dist');
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  const indexHtml = fs.readFileSync(indexFile, 'utf8');
  const precompressed = (dir: string, serveStatic: StaticOptions) =>
    expressStaticGzip(dir, { enableBrotli: true, orderPreference: ['br', 'gz'], index: false, serveStatic });

  app.use(
    '/developers/assets',
    precompressed(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  // Under the server's strict CSP as it is: the page's scripts and styles are files of this
  // origin, and GraphiQL is built without its inlined fonts (packages/developers/build).
  app.get(['/developers', '/developers/'], (_req, res) => {
    res.set('Cache-Control', 'no-cache').type('html').send(indexHtml);
  });

  const widget = precompressed(dist, { maxAge: WIDGET_MAX_AGE_SECONDS * 1000, fallthrough: false });
  app.get('/widget.js', (req, res, next) => {
    // A script other sites load: readable cross-origin, and not tied to this origin by helmet's
    // same-origin resource policy.
    res.set('Access-Control-Allow-Origin', '*').set('Cross-Origin-Resource-Policy', 'cross-origin');
    widget(req, res, next);
  });
  return true;
}
