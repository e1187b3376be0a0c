import { createHash } from 'node:crypto';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { prepareDatabase } from '../app/bootstrap';
import type { Logger } from '../app/logger';
import type { DatabaseConfig } from '../db/config';
import { GENERATOR_VERSION, generateDataset, MARKER_TABLE } from './dataset';
import { inProcessConfig } from './obmen-config';
import type { Sizes } from './sizes';

/** Same generator and size, same name: a second run reuses the database instead of generating. */
export function datasetKey(sizes: Sizes): string {
  const hash = createHash('sha256')
    .update(JSON.stringify({ GENERATOR_VERSION, sizes: sizes.name }))
    .digest('hex');
  return hash.slice(0, 10);
}

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const databaseUrl = (admin: string, name: string) => {
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
};

/**
 * Migrations and reference data (municipalities) come from Obmen's own start-up on the empty
 * database; the dataset is then written in one transaction, the marker last.
 */
async function fill(config: DatabaseConfig, sizes: Sizes, logger: Logger): Promise<void> {
  const { database } = await prepareDatabase(inProcessConfig(config), logger);
  try {
    const runner = database.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await generateDataset(runner, sizes);
      await runner.commitTransaction();
      await runner.query('ANALYZE');
    } finally {
      await runner.release();
    }
  } finally {
    await database.close();
  }
}

async function hasMarker(client: Pick<Client, 'query'>): Promise<boolean> {
  const { rows } = await client.query<{ found: boolean }>(
    `SELECT to_regclass('${MARKER_TABLE}') IS NOT NULL AS found`,
  );
  if (!rows[0].found) return false;
  const marked = await client.query(`SELECT 1 FROM ${MARKER_TABLE} WHERE version = $1`, [GENERATOR_VERSION]);
  return marked.rowCount === 1;
}

export interface PreparedPostgres {
  url: string;
  generated: boolean;
}

/**
 * DATABASE_URL given (CI): that database, filled when it holds no dataset yet. Otherwise a
 * database named after the dataset on the server of PG_ADMIN_URL, created when missing or
 * incomplete (only databases of that name are ever dropped).
 */
export async function preparePostgres(sizes: Sizes, logger: Logger, log: (line: string) => void) {
  const given = process.env.DATABASE_URL?.trim();
  const admin = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `obmen_bench_${datasetKey(sizes)}`;
  const url = given || databaseUrl(admin, name);
  if (!given) {
    const exists = await withClient(admin, async (client) => {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      return found.rowCount === 1;
    });
    if (exists && (await withClient(url, hasMarker))) return { url, generated: false };
    await withClient(admin, async (client) => {
      if (exists) await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${name}`);
    });
  } else if (await withClient(url, hasMarker)) {
    return { url, generated: false };
  }
  log(`generating the ${sizes.name} dataset into PostgreSQL ${given ? '(DATABASE_URL)' : name}…`);
  await fill({ kind: 'postgres', url }, sizes, logger);
  return { url, generated: true };
}

/**
 * The same dataset in an embedded data folder (under the system's temporary folder, outside
 * the repository), generated through the same inserts.
 */
export async function preparePglite(sizes: Sizes, logger: Logger, log: (line: string) => void) {
  const dataDir = path.join(os.tmpdir(), `obmen-bench-pglite-${datasetKey(sizes)}`);
  const done = `${dataDir}.complete`;
  if (existsSync(done)) return { dataDir, generated: false };
  rmSync(dataDir, { recursive: true, force: true });
  log(`generating the ${sizes.name} dataset into PGlite (${dataDir})…`);
  await fill({ kind: 'pglite', dataDir }, sizes, logger);
  // The marker row is inside the folder's database; this file beside it saves opening it to check.
  writeFileSync(done, String(GENERATOR_VERSION));
  return { dataDir, generated: true };
}
