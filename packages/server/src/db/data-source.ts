import { PGlite } from '@electric-sql/pglite';
import { fuzzystrmatch } from '@electric-sql/pglite/contrib/fuzzystrmatch';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { mkdirSync, readFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { SnakeNamingStrategy } from 'typeorm-naming-strategies';
import { type DatabaseConfig, DEFAULT_TIMEOUTS } from './config';
import type { Logger } from '../common/logger';
import { migrations } from './migrations';
import { lockDataDir } from './data-dir-lock';
import { createPGlitePoolClass } from './pglite-pool';
import { SqlLogger } from './sql-logger';

export interface Database {
  dataSource: DataSource;
  sql: SqlLogger;
  /** Connects; for the embedded database, first takes the data folder's lock. */
  open(): Promise<void>;
  /** Disconnects and releases the lock; safe to call more than once. */
  close(): Promise<void>;
  /** The embedded database only: runs `work` while nothing writes, after a checkpoint. */
  quiesced?: (work: () => void) => Promise<void>;
}

const common = {
  type: 'postgres' as const,
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
 * The embedded server's buffer cache: 32 MB instead of Postgres's 128 MB. In PGlite it is WASM
 * memory in this process that never shrinks, so it counted whole in the server's RSS (438–512 MB
 * under load with the benchmark's 10,000 practices); the data folder's files stay in the
 * operating system's cache either way.
 */
const EMBEDDED_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB'];

/**
 * `entities`: every module's tables (app/modules.ts folds them); running migrations alone
 * needs none.
 */
export function createDatabase(
  config: DatabaseConfig,
  logger: Logger,
  entities: readonly Function[] = [],
): Database {
  const sql = new SqlLogger(logger);
  const timeouts = config.timeouts ?? DEFAULT_TIMEOUTS;
  let unlock: (() => Promise<void>) | undefined;
  let dataSource: DataSource;
  let quiesced: Database['quiesced'];
  if (config.kind === 'postgres') {
    dataSource = new DataSource({
      ...common,
      entities: [...entities],
      logger: sql,
      url: config.url,
      poolSize: 10,
      // Every wait on the server is bounded: a held lock or a runaway statement fails the one
      // request with TIMEOUT instead of holding every connection (and so every reader) hostage.
      extra: {
        statement_timeout: timeouts.statementMs,
        lock_timeout: timeouts.lockMs,
        idle_in_transaction_session_timeout: Math.max(timeouts.statementMs * 5, 30_000),
        // Waiting for a pooled connection, and connecting a new one.
        connectionTimeoutMillis: timeouts.poolWaitMs,
        // The client's own bound, for a server that stops answering without closing the socket.
        query_timeout: timeouts.statementMs + 2000,
        keepAlive: true,
        application_name: 'obmen',
      },
    });
  } else {
    const { dataDir, loadDataDir } = config;
    const Pool = createPGlitePoolClass(
      () =>
        PGlite.create({
          startParams: EMBEDDED_START_PARAMS,
          // The search's extensions (migration SearchIndex creates them, as on PostgreSQL).
          extensions: { pg_trgm, unaccent, fuzzystrmatch },
          ...(dataDir ? { dataDir } : {}),
          ...(loadDataDir ? { loadDataDir: new Blob([readFileSync(loadDataDir)]) } : {}),
        }),
      timeouts.poolWaitMs,
    );
    quiesced = (work) => Pool.quiesced(work);
    dataSource = new DataSource({
      ...common,
      entities: [...entities],
      logger: sql,
      database: 'postgres',
      driver: { Pool },
    });
  }
  return {
    dataSource,
    sql,
    quiesced,
    async open() {
      if (config.kind === 'pglite' && config.dataDir) {
        mkdirSync(config.dataDir, { recursive: true });
        unlock = await lockDataDir(config.dataDir, logger);
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
