import { PGlite } from '@electric-sql/pglite';
import { mkdirSync } from 'node:fs';
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
}

export function createDatabase(config: DatabaseConfig, logger: Logger): Database {
  const sql = new SqlLogger(logger);
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
    logger: sql,
    logging: true,
    maxQueryExecutionTime: 2000,
  };
  if (config.kind === 'postgres') {
    return { dataSource: new DataSource({ ...common, url: config.url, poolSize: 10 }), sql };
  }
  const { dataDir } = config;
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const Pool = createPGlitePoolClass(() => PGlite.create(dataDir ? { dataDir } : {}));
  return {
    dataSource: new DataSource({ ...common, database: 'postgres', driver: { Pool } }),
    sql,
  };
}
