import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { loadConfig } from '../app/config';
import { prepareDatabase } from '../app/bootstrap';
import { createLogger } from '../app/logger';
import { freshDatabase } from '../test/database';
import { createDatabase } from './data-source';
import { isMigrated, runMigrations } from './migrate';
import { migrations } from './migrations';

class BrokenMigration9999999999999 implements MigrationInterface {
  name = 'BrokenMigration9999999999999';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE TABLE half_done (id int)');
    await queryRunner.query('SELECT * FROM table_that_does_not_exist');
  }
  async down(): Promise<void> {}
}

async function tables(ds: DataSource): Promise<string[]> {
  const rows: { table_name: string }[] = await ds.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
  );
  return rows.map((r) => r.table_name);
}

describe('migrations', () => {
  it('a failing migration leaves the schema exactly as it was (embedded database)', async () => {
    const database = createDatabase({ kind: 'pglite', dataDir: null }, createLogger('silent'));
    await database.open();
    try {
      const ds = database.dataSource;
      // The committed migrations plus one that fails half-way.
      (ds.options as { migrations: unknown[] }).migrations = [...migrations, BrokenMigration9999999999999];
      await (ds as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
      await expect(runMigrations(ds)).rejects.toThrow();
      // Only TypeORM's own bookkeeping table, created before the transaction, and it is empty.
      expect(await tables(ds)).toEqual(['migrations']);
      expect(await ds.query('SELECT * FROM migrations')).toEqual([]);
      expect(await isMigrated(ds)).toBe(false);
    } finally {
      await database.close();
    }
  });

  it('builds the whole schema and then reports nothing pending', async () => {
    const database = createDatabase({ kind: 'pglite', dataDir: null }, createLogger('silent'));
    await database.open();
    try {
      expect(await isMigrated(database.dataSource)).toBe(false);
      expect((await runMigrations(database.dataSource)).length).toBe(migrations.length);
      expect(await isMigrated(database.dataSource)).toBe(true);
      expect(await tables(database.dataSource)).toEqual(
        expect.arrayContaining(['practice', 'project', 'municipality']),
      );
    } finally {
      await database.close();
    }
  });
});

(process.env.TEST_DATABASE_URL ? describe : describe.skip)('servers starting together (PostgreSQL)', () => {
  it('take turns at migrations and reference data on an empty database: all four start', async () => {
    const fresh = await freshDatabase({ empty: true });
    const config = { ...loadConfig({ OBMEN_DEMO: 'false' }), database: fresh.config, secret: undefined };
    const logger = createLogger('silent');
    try {
      const started = await Promise.allSettled([1, 2, 3, 4].map(() => prepareDatabase(config, logger)));
      const failures = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
      const opened = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      try {
        expect(failures).toEqual([]);
        const ds = opened[0].database.dataSource;
        const [{ count }] = await ds.query('SELECT count(*)::int AS count FROM migrations');
        expect(count).toBe(migrations.length);
        const [{ municipalities }] = await ds.query(
          'SELECT count(*)::int AS municipalities FROM municipality',
        );
        expect(municipalities).toBe(265);
        // One server secret for all, or their proof-of-work challenges would not verify on each other.
        expect(new Set(opened.map((o) => o.services.runtime.secret)).size).toBe(1);
      } finally {
        await Promise.all(opened.map((o) => o.database.close()));
      }
    } finally {
      await fresh.drop();
    }
  });
});

describe('configuration', () => {
  it('uses the embedded database with demo content unless DATABASE_URL is set', () => {
    expect(loadConfig({}).database.kind).toBe('pglite');
    expect(loadConfig({}).demo).toBe(true);
    const pg = loadConfig({ DATABASE_URL: 'postgres://u@h/db' });
    expect(pg.database).toMatchObject({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(pg.demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', OBMEN_DEMO: 'true' }).demo).toBe(true);
    expect(loadConfig({ OBMEN_DEMO: 'false' }).demo).toBe(false);
  });

  it('refuses a port that is not one', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT/);
  });

  it('bounds every wait on the database, configurably', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database.timeouts).toEqual({
      statementMs: 4000,
      lockMs: 1000,
      poolWaitMs: 2000,
    });
    expect(loadConfig({}).database.timeouts?.poolWaitMs).toBe(5000);
    const env = {
      OBMEN_STATEMENT_TIMEOUT_MS: '9000',
      OBMEN_LOCK_TIMEOUT_MS: '500',
      OBMEN_POOL_WAIT_MS: '700',
    };
    expect(loadConfig(env).database.timeouts).toEqual({ statementMs: 9000, lockMs: 500, poolWaitMs: 700 });
    expect(() => loadConfig({ OBMEN_LOCK_TIMEOUT_MS: '0' })).toThrow(/OBMEN_LOCK_TIMEOUT_MS/);
    expect(() => loadConfig({ OBMEN_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/OBMEN_STATEMENT_TIMEOUT_MS/);
  });
});
