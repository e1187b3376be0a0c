import { type DataSource, MigrationExecutor, type QueryRunner } from 'typeorm';

/** Runs pending migrations in one transaction: on failure nothing of them stays. */
export async function runMigrations(ds: DataSource, runner?: QueryRunner): Promise<string[]> {
  const executor = new MigrationExecutor(ds, runner);
  executor.transaction = 'all';
  const done = await executor.executePendingMigrations();
  return done.map((m) => m.name);
}

export async function isMigrated(ds: DataSource): Promise<boolean> {
  return !(await ds.showMigrations());
}

/** pg_advisory_lock key of start-up work ("obmen" in ASCII): any constant all servers share. */
const STARTUP_LOCK = 0x6f626d656e;

/**
 * Runs start-up work (migrations, reference data, the first admin, demo content) while holding
 * a PostgreSQL advisory lock, so servers started together on an empty database take turns
 * instead of racing to create the same rows. The lock's connection has no statement or lock
 * timeout: a migration may take long, and a second server waits for the first to finish.
 * The embedded database needs no lock: its data folder admits one process.
 */
export async function underStartupLock<T>(
  ds: DataSource,
  embedded: boolean,
  work: (runner?: QueryRunner) => Promise<T>,
): Promise<T> {
  if (embedded) return work();
  const runner = ds.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SET statement_timeout = 0');
    await runner.query('SET lock_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    try {
      return await work(runner);
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]);
    }
  } finally {
    // Back to the pool with the configured timeouts (the connection's start-up values).
    await runner.query('RESET statement_timeout').catch(() => undefined);
    await runner.query('RESET lock_timeout').catch(() => undefined);
    await runner.release();
  }
}
