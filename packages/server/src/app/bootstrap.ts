import { createDatabase, type Database } from '../db/data-source';
import { embeddedPaths } from '../ops/embedded-backup';
import { type BackupChannel, startBackupChannel } from '../ops/live-backup';
import { runMigrations, underStartupLock } from '../db/migrate';
import { UserRole } from '../common/principal';
import { loadServerSecret } from '../modules/auth';
import { createPublishingScheduler, type PublishingScheduler } from '../modules/content';
import { webhookSettings, WebhookWorker } from '../modules/webhook';
import { ImportWorker } from '../modules/import';
import { loadDemoContent } from '../seed/demo-loader';
import { type DemoLogin, ensureDemoUsers } from '../seed/demo-users';
import type { AppConfig } from './config';
import type { Logger } from './logger';
import type { ModuleManifest } from '../common/module';
import { ENTITIES, MODULES } from './modules';
import { type RunningServer, startServer } from './server';
import { createServices, type Services } from './services';

export interface Obmen {
  database: Database;
  services: Services;
  /** The demo accounts, to print, when demo mode created them. */
  demoLogins: DemoLogin[];
  server: RunningServer;
  /** Publishes records whose `publishAt` has come: at start, then every interval. */
  scheduler: PublishingScheduler;
  stop(): Promise<void>;
}

/**
 * Opens and migrates the database, then builds the services of `modules` (all of them, except in
 * tests that boot one module and what it requires: app/modules.ts withRequirements).
 */
export async function prepareDatabase(
  config: AppConfig,
  logger: Logger,
  modules: readonly ModuleManifest[] = MODULES,
) {
  // Every table, even for a few modules: relations cross modules (a user coordinates programmes).
  const database = createDatabase(config.database, logger, ENTITIES);
  await database.open();
  try {
    return await underStartupLock(database.dataSource, config.database.kind === 'pglite', async (runner) => {
      const applied = await runMigrations(database.dataSource, runner);
      if (applied.length) logger.info({ migrations: applied }, 'migrations applied');
      const secret = await loadServerSecret(database.dataSource, config.secret);
      const services = createServices(database.dataSource, { secret }, modules);
      for (const module of modules) await module.start?.(services);
      if (config.admin) {
        await services.auth.ensureUser({ ...config.admin, name: 'Administrator', roles: [UserRole.ADMIN] });
      }
      let demoLogins: DemoLogin[] = [];
      if (config.demo) {
        await loadDemoContent(services, database.dataSource, logger);
        demoLogins = await ensureDemoUsers(services, database.dataSource);
      }
      return { database, services, demoLogins };
    });
  } catch (error) {
    await database.close();
    throw error;
  }
}

/** Nothing listens before migrations ran. */
export async function startObmen(
  config: AppConfig,
  logger: Logger,
  modules: readonly ModuleManifest[] = MODULES,
): Promise<Obmen> {
  const { database, services, demoLogins } = await prepareDatabase(config, logger, modules);
  let server: RunningServer;
  try {
    server = await startServer(config, logger, database, services, modules);
  } catch (error) {
    await database.close();
    throw error;
  }
  // `obmen backup` beside a running embedded server asks it over the data folder's socket.
  let backups: BackupChannel | null = null;
  const { dataDir } = config.database.kind === 'pglite' ? config.database : { dataDir: null };
  if (dataDir && database.quiesced) {
    try {
      backups = await startBackupChannel({
        ...embeddedPaths(dataDir, process.env),
        quiesced: database.quiesced,
        logger,
      });
    } catch (error) {
      logger.warn({ err: error }, 'no backup channel: obmen backup needs the server stopped');
    }
  }
  // A server without the content module (a test of another one) has nothing to schedule.
  const scheduledTypes = 'scheduledTypes' in services ? services.scheduledTypes : [];
  const scheduler = createPublishingScheduler(
    database.dataSource,
    { ...services, scheduledTypes },
    {
      intervalSeconds: config.publishIntervalSeconds ?? 30,
      logger,
    },
  );
  // The first run publishes what fell due while the server was down.
  await scheduler.start();
  // Webhooks go out after the server is up; a server without the module (a test) sends none.
  const webhooks =
    'webhooks' in services ? new WebhookWorker(database.dataSource, services.webhooks, logger) : null;
  webhooks?.start(config.webhooks ?? webhookSettings(process.env, config.production));
  // Import jobs run in the background of whichever server takes them.
  const imports = 'imports' in services ? new ImportWorker(services.imports, logger) : null;
  imports?.start((config.importPollSeconds ?? 10) * 1000);
  let stopping: Promise<void> | undefined;
  return {
    database,
    services,
    demoLogins,
    server,
    scheduler,
    stop: () =>
      (stopping ??= (async () => {
        await backups?.close();
        await server.stop();
        await scheduler.stop();
        await webhooks?.stop();
        await imports?.stop();
        for (const module of modules) await module.stop?.(services);
        await database.close();
      })()),
  };
}
