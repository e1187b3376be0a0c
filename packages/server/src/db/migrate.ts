import type { DataSource } from 'typeorm';

/** Runs pending migrations in one transaction: on failure nothing of them stays. */
export async function runMigrations(ds: DataSource): Promise<string[]> {
  const done = await ds.runMigrations({ transaction: 'all' });
  return done.map((m) => m.name);
}

export async function isMigrated(ds: DataSource): Promise<boolean> {
  return !(await ds.showMigrations());
}
