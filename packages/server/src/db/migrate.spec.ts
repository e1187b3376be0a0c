import type { MigrationInterface, QueryRunner } from 'typeorm';
import { DataSource } from 'typeorm';
import { pino } from 'pino';
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
    const database = createDatabase({ kind: 'pglite', dataDir: null }, pino({ level: 'silent' }));
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
    const database = createDatabase({ kind: 'pglite', dataDir: null }, pino({ level: 'silent' }));
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
