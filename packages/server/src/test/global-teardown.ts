import { Client as PgClient } from 'pg';
import { TEMPLATE_DB_ENV } from './template';

/** Drops the run's PostgreSQL template; the PGlite dump stays in the temp folder for the next run to replace. */
export default async function globalTeardown(): Promise<void> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  const name = process.env[TEMPLATE_DB_ENV];
  if (!adminUrl || !name) return;
  const admin = new PgClient({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
