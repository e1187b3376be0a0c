import type { NextFunction, Request, Response } from 'express';
import { createHash, timingSafeEqual } from 'node:crypto';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { CappedLabel, metrics } from '../common/metrics';
import { requestLogFields } from './request-log';

/*
 * GET /metrics in Prometheus' text format, for a scraper holding OBMEN_METRICS_TOKEN (without it
 * configured the path does not exist: 404). The same middleware times every /graphql request.
 */

/** Operation names are the client's choice: the first 200 are labels, any later one is "other". */
const operations = new CappedLabel(200);

const requests = metrics.counter(
  'obmen_graphql_requests_total',
  'GraphQL requests by operation name and HTTP status',
  ['operation', 'status'],
);
const durations = metrics.histogram(
  'obmen_graphql_request_duration_seconds',
  'GraphQL request durations by operation name, until the answer is sent',
  ['operation'],
  [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
);

/** The pools of the servers in this process (a test runs several); a stopped server's pool counts 0. */
const pools = new Set<WeakRef<Pool>>();
metrics.gauge(
  'obmen_db_pool_connections',
  'PostgreSQL pool connections: total, idle, and requests waiting for one (absent on the embedded database)',
  ['state'],
  (gauge) => {
    gauge.reset();
    const sums = { total: 0, idle: 0, waiting: 0 };
    for (const ref of pools) {
      const pool = ref.deref();
      if (!pool) {
        pools.delete(ref);
        continue;
      }
      sums.total += pool.totalCount;
      sums.idle += pool.idleCount;
      sums.waiting += pool.waitingCount;
    }
    if (!pools.size) return;
    for (const [state, value] of Object.entries(sums)) gauge.set({ state }, value);
  },
);

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Whether `authorization` carries `token`, compared in constant time (equal-length digests). */
function authorized(authorization: string | undefined, token: string): boolean {
  const given = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? '';
  return timingSafeEqual(digest(given), digest(token));
}

function operationLabel(res: Response): string {
  const name = requestLogFields(res).operation;
  return name ? operations.value(name.slice(0, 100)) : 'none';
}

/** Serves /metrics and counts /graphql requests; mount it before the /graphql handlers. */
export function metricsMiddleware(token: string | undefined, dataSource: DataSource) {
  metrics.collectDefaults();
  const pool = (dataSource.driver as { master?: unknown }).master;
  if (pool instanceof Pool) pools.add(new WeakRef(pool));
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.path === '/metrics' && req.method === 'GET') {
      if (!token) return void res.status(404).json({ error: 'Not found' });
      if (!authorized(req.headers.authorization, token)) {
        res.setHeader('WWW-Authenticate', 'Bearer');
        return void res.status(401).json({ error: 'A bearer token is required' });
      }
      res.setHeader('Content-Type', metrics.registry.contentType);
      res.setHeader('Cache-Control', 'no-store');
      metrics.registry.metrics().then((text) => res.send(text), next);
      return;
    }
    if (req.path === '/graphql' && req.method !== 'OPTIONS') {
      const stop = durations.startTimer();
      res.once('finish', () => {
        const operation = operationLabel(res);
        requests.inc({ operation, status: String(res.statusCode) });
        stop({ operation });
      });
    }
    next();
  };
}
