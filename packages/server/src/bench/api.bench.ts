import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { startObmen } from '../app/bootstrap';
import { createLogger } from '../app/logger';

/**
 * Throughput of a partner site's typical list query on the demo content, on embedded PGlite
 * (or DATABASE_URL). Prints requests per second and latency percentiles; bounded in count.
 */
const QUERY = `{ practices(first: 20) { totalCount edges { node {
  title summary nominationCount municipalities { nameBg district { nameBg } } organization { name } themes { label }
} } } }`;

async function main() {
  const requests = Number(process.env.BENCH_REQUESTS ?? 500);
  const concurrency = Number(process.env.BENCH_CONCURRENCY ?? 8);
  const url = process.env.DATABASE_URL;
  const obmen = await startObmen(
    {
      port: 0,
      host: '127.0.0.1',
      production: true,
      database: url ? { kind: 'postgres', url } : { kind: 'pglite', dataDir: null },
      demo: true,
      logLevel: 'warn',
      trustProxy: false,
      admin: null,
    },
    createLogger('warn'),
  );
  const endpoint = `http://127.0.0.1:${obmen.server.port}/graphql`;
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests) {
      next += 1;
      const started = performance.now();
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: QUERY }),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      await response.json();
      latencies.push(performance.now() - started);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))].toFixed(1);
  console.log(
    `${requests} requests, concurrency ${concurrency}: ${(requests / seconds).toFixed(0)} req/s, ` +
      `p50 ${pct(0.5)} ms, p95 ${pct(0.95)} ms, p99 ${pct(0.99)} ms`,
  );
  await obmen.stop();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
