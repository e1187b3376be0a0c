import { createDatabase, type Database } from '../db/data-source';
import { runMigrations } from '../db/migrate';
import { loadDemoContent } from '../seed/demo-loader';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import { type RunningServer, startServer } from './server';
import { createServices, type Services } from './services';

export interface Obmen {
  database: Database;
  services: Services;
  server: RunningServer;
  stop(): Promise<void>;
}

/** Opens and migrates the database, then starts serving. Nothing listens before migrations ran. */
export async function prepareDatabase(config: AppConfig, logger: Logger) {
  const database = createDatabase(config.database, logger);
  await database.open();
  try {
    const applied = await runMigrations(database.dataSource);
    if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
    const services = createServices(database.dataSource);
    await services.geography.syncReferenceData();
    await services.geography.warmCache();
    if (config.demo) await loadDemoContent(services, database.dataSource, logger);
    return { database, services };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function startObmen(config: AppConfig, logger: Logger): Promise<Obmen> {
  const { database, services } = await prepareDatabase(config, logger);
  let server: RunningServer;
  try {
    server = await startServer(config, logger, database, services);
  } catch (error) {
    await database.close();
    throw error;
  }
  let stopping: Promise<void> | undefined;
  return {
    database,
    services,
    server,
    stop: () =>
      (stopping ??= (async () => {
        await server.stop();
        await database.close();
      })()),
  };
}
