import 'reflect-metadata';
import { PGlite } from '@electric-sql/pglite';
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { prepareDatabase } from '../app/bootstrap';
import type { DatabaseConfig } from '../db/config';
import { createLogger } from '../app/logger';
import { UserRole } from '../common/principal';
import { testUser } from './harness';
import { TEMPLATE_DB_ENV, TEMPLATE_DUMP_ENV, templateDatabaseName, templateDumpPath } from './template';

/** Migrations, reference data and one user per role: what every test file's database starts with. */
async function build(database: DatabaseConfig): Promise<void> {
  const logger = createLogger(process.env.LOG_LEVEL ?? 'silent');
  const config = { port: 0, host: '127.0.0.1', production: false, database, demo: false };
  const prepared = await prepareDatabase(
    { ...config, logLevel: 'silent', trustProxy: false, admin: null },
    logger,
  );
  try {
    // Hashed once per run instead of once per file (argon2 is slow on purpose).
    for (const role of Object.values(UserRole)) await prepared.services.auth.ensureUser(testUser(role));
  } finally {
    await prepared.database.close();
  }
}

/**
 * Builds the run's template database once (jest `globalSetup`): creating and migrating a database
 * costs each test file several seconds, copying one a fraction of that.
 */
export default async function globalSetup(): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (adminUrl) {
    const name = templateDatabaseName();
    const admin = new PgClient({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    await build({ kind: 'postgres', url: url.toString() });
    process.env[TEMPLATE_DB_ENV] = name;
    return;
  }
  const dataDir = await mkdtemp(path.join(tmpdir(), 'obmen-test-template-'));
  try {
    await build({ kind: 'pglite', dataDir });
    const pglite = await PGlite.create({ dataDir });
    const dump = await pglite.dumpDataDir('none');
    await pglite.close();
    // Written aside and renamed: a concurrent run may be reading the previous copy.
    const target = templateDumpPath();
    const partial = `${target}.${process.pid}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, target);
    process.env[TEMPLATE_DUMP_ENV] = target;
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
