import { randomBytes } from 'node:crypto';
import { Client as PgClient } from 'pg';
import type { DatabaseConfig } from '../db/config';
import { TEMPLATE_DB_ENV, TEMPLATE_DUMP_ENV } from './template';

export interface FreshDatabase {
  config: DatabaseConfig;
  drop(): Promise<void>;
}

async function onServer(adminUrl: string, sql: string): Promise<void> {
  const client = new PgClient({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A database of its own for each test file: in-memory PGlite, or a throwaway PostgreSQL database
 * when TEST_DATABASE_URL is set. It starts as a copy of the run's template (migrated, reference
 * data and the test users in place; test/global-setup.ts) — or `empty`, for the specs of
 * migrations and start-up themselves, and whenever jest ran without the global setup.
 */
export async function freshDatabase(options: { empty?: boolean } = {}): Promise<FreshDatabase> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const dump = options.empty ? undefined : process.env[TEMPLATE_DUMP_ENV];
    return { config: { kind: 'pglite', dataDir: null, loadDataDir: dump }, drop: async () => undefined };
  }
  const name = `obmen_test_${randomBytes(6).toString('hex')}`;
  const template = options.empty ? undefined : process.env[TEMPLATE_DB_ENV];
  await onServer(adminUrl, `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    drop: () => onServer(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}
