import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
import lockfile from 'proper-lockfile';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import type { DatabaseConfig } from '../app/config';
import type { Logger } from '../app/logger';
import { entities } from './entities';
import { migrations } from './migrations';
import { createPGlitePoolClass } from './pglite-pool';
import { SqlLogger } from './sql-logger';

export interface Database {
  dataSource: DataSource;
  sql: SqlLogger;
  /** Connects; for the embedded database, first takes the data folder's lock. */
  open(): Promise<void>;
  /** Disconnects and releases the lock; safe to call more than once. */
  close(): Promise<void>;
}

const common = {
  type: 'postgres' as const,
  entities,
  migrations,
  // One transaction for all pending migrations: a failure leaves the schema as it was.
  migrationsTransactionMode: 'all' as const,
  synchronize: false,
  // gen_random_uuid() is built into PostgreSQL 13+: no extension to install.
  uuidExtension: 'pgcrypto' as const,
  installExtensions: false,
  namingStrategy: new SnakeNamingStrategy(),
  logging: true,
  maxQueryExecutionTime: 2000,
};

/**
 * Two processes on one embedded data folder would corrupt it: the second start is refused
 * while the first runs (the lock goes stale if that process died).
 */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    return await lockfile.lock(dataDir, { stale: 15_000, update: 5_000 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ELOCKED') {
      throw new Error(`The data folder ${dataDir} is in use by another Obmen process`, { cause: error });
    }
    throw error;
  }
}

export function createDatabase(config: DatabaseConfig, logger: Logger): Database {
  const sql = new SqlLogger(logger);
  let unlock: (() => Promise<void>) | undefined;
  let dataSource: DataSource;
  if (config.kind === 'postgres') {
    dataSource = new DataSource({ ...common, logger: sql, url: config.url, poolSize: 10 });
  } else {
    const { dataDir } = config;
    const Pool = createPGlitePoolClass(() => PGlite.create(dataDir ? { dataDir } : {}));
    dataSource = new DataSource({ ...common, logger: sql, database: 'postgres', driver: { Pool } });
  }
  return {
    dataSource,
    sql,
    async open() {
      if (config.kind === 'pglite' && config.dataDir) {
        mkdirSync(config.dataDir, { recursive: true });
        unlock = await lockDataDir(config.dataDir);
      }
      try {
        await dataSource.initialize();
      } catch (error) {
        await unlock?.();
        throw error;
      }
    },
    async close() {
      if (dataSource.isInitialized) await dataSource.destroy();
      const release = unlock;
      unlock = undefined;
      await release?.();
    },
  };
}
