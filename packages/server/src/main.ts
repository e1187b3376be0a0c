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
  process.stdout.write(
    `\nObmen is running on ${where}\n  GraphQL: ${obmen.server.url}/graphql\n  Health:  ${obmen.server.url}/health\n\n`,
  );
  if (obmen.demoLogins.length) {
    const rows = obmen.demoLogins.map((l) => `  ${l.role.padEnd(12)} ${l.email.padEnd(28)} ${l.password}`);
    process.stdout.write(`Demo logins (role, email, password):\n${rows.join('\n')}\n\n`);
  }

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    obmen.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  // Start-up failed before listening (e.g. a migration): nothing was served, the schema is unchanged.
  console.error('Obmen failed to start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
