import 'reflect-metadata';
import { startObmen } from './app/bootstrap';
import { loadConfig } from './app/config';
import { createLogger } from './app/logger';

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const obmen = await startObmen(config, logger);
  const where =
    config.database.kind === 'pglite' ? `embedded PGlite in ${config.database.dataDir}` : 'PostgreSQL';
  logger.info({ url: obmen.server.url, database: config.database.kind }, 'Obmen is ready');
  const url = obmen.server.url;
  // Under `pnpm dev` the admin is Vite's (tools/dev.mjs says where); otherwise this server's /.
  const admin = process.env.OBMEN_DEV_ADMIN_URL ?? `${url}/`;
  // Labels right-aligned, one space before each URL: the benchmark finds the port in
  // "GraphQL: http://…" (bench/children.ts).
  const rows: [string, string][] = [
    ['Admin', admin],
    ['API, GraphQL', `${url}/graphql`],
    ['Developer page', `${url}/developers`],
    ['Health', `${url}/health`],
  ];
  const lines = rows.map(([label, link]) => `${`${label}:`.padStart(17)} ${link}`);
  process.stdout.write(`\nObmen is running on ${where}\n${lines.join('\n')}\n\n`);
  if (obmen.demoLogins.length) {
    const rows = obmen.demoLogins.map((l) => `  ${l.role.padEnd(12)} ${l.email.padEnd(28)} ${l.password}`);
    process.stdout.write(`Demo logins (role, email, password):\n${rows.join('\n')}\n\n`);
  }

  // Stop accepting, drain in-flight requests (bounded by OBMEN_SHUTDOWN_GRACE_MS), stop the
  // scheduler, close the database (the embedded folder is then clean), exit 0. A second signal,
  // or a stop that overruns its bound, ends the process at once.
  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    const overrun = setTimeout(
      () => {
        logger.error('shutdown overran its bound; exiting');
        process.exit(1);
      },
      (config.shutdownGraceMs ?? 8000) + 5000,
    );
    overrun.unref();
    obmen.stop().then(
      () => {
        logger.info('stopped');
        process.exit(0);
      },
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((error: unknown) => {
  // Start-up failed before listening (e.g. a migration): nothing was served, the schema is unchanged.
  console.error('Obmen failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
