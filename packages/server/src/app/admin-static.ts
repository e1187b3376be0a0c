import express, { type Express } from 'express';
import expressStaticGzip from 'express-static-gzip';
import fs from 'node:fs';
import path from 'node:path';
import { cspNonceOf } from './csp-nonce';

/** Not the admin's: the API and the partner developer page, widget and schema (developer-pages.ts). */
const API_PATHS = /^\/(graphql|health|ready|developers|widget\.js|schema\.graphql)(\/|$)/;

/**
 * Serves the built admin SPA (packages/admin/dist) at `/`: hashed assets cached for a year and
 * precompressed,
 * every other HTML request answered with index.html so client-side routes survive a reload.
 * Nothing is served when the admin was not built.
 */
export function serveAdmin(app: Express, distDir = process.env.OBMEN_ADMIN_DIR): boolean {
  const dist = distDir ?? path.resolve(__dirname, '../../../admin/dist');
  const indexFile = path.join(dist, 'index.html');
  if (!fs.existsSync(indexFile)) return false;
  const indexHtml = fs.readFileSync(indexFile, 'utf8');
  const files = express.static(dist, { index: false });
  // The build wrote .br and .gz beside each asset (vite-plugin-compression2): sent as the client
  // accepts, with no compression work per request.
  app.use(
    '/assets',
    expressStaticGzip(path.join(dist, 'assets'), {
      enableBrotli: true,
      orderPreference: ['br', 'gz'],
      serveStatic: { immutable: true, maxAge: '1y', fallthrough: false },
    }),
  );
  app.use((req, res, next) => (req.path === '/index.html' ? next() : files(req, res, next)));
  app.use((req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PATHS.test(req.path) || !req.accepts('html')) {
      return next();
    }
    res
      .set('Cache-Control', 'no-cache')
      .type('html')
      .send(indexHtml.replaceAll('__CSP_NONCE__', cspNonceOf(res)));
  });
  return true;
}
