import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { migrations } from '../db/migrations';

/**
 * Where global-setup.ts leaves the run's template database for freshDatabase(): the path of a
 * PGlite data-directory dump, or the name of a PostgreSQL template database. Jest's workers
 * inherit the environment the global setup leaves.
 */
export const TEMPLATE_DUMP_ENV = 'OBMEN_TEST_TEMPLATE_DUMP';
export const TEMPLATE_DB_ENV = 'OBMEN_TEST_TEMPLATE_DB';

/** Named after the migrations it holds, so runs on different branches never share one. */
export const migrationsKey = (): string =>
  createHash('sha256')
    .update(migrations.map((m) => m.name).join('\n'))
    .digest('hex')
    .slice(0, 12);

export const templateDumpPath = (): string => path.join(tmpdir(), `obmen-test-${migrationsKey()}.tar`);

/** Per run as well: two runs on one PostgreSQL server must not drop each other's template. */
export const templateDatabaseName = (): string => `obmen_tpl_${migrationsKey()}_${process.pid}`;
