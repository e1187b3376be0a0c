import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Query } from 'typeorm/driver/Query';
import type { Logger } from '../common/logger';
import { createDatabase } from './data-source';

const MIGRATIONS_DIR = path.resolve(__dirname, '../../src/db/migrations');

/**
 * TypeORM emits CREATE/DROP TYPE once per column for a shared enum: create it before its
 * first use, drop it after its last.
 */
function unique(queries: Query[]): Query[] {
  const isType = (q: Query) => /^(CREATE|DROP) TYPE/.test(q.query);
  const firstCreate = new Map<string, number>();
  const lastDrop = new Map<string, number>();
  queries.forEach((q, i) => {
    if (q.query.startsWith('CREATE TYPE') && !firstCreate.has(q.query)) firstCreate.set(q.query, i);
    if (q.query.startsWith('DROP TYPE')) lastDrop.set(q.query, i);
  });
  return queries.filter(
    (q, i) => !isType(q) || firstCreate.get(q.query) === i || lastDrop.get(q.query) === i,
  );
}

function statements(queries: Query[]): string {
  return unique(queries)
    .map(
      (q) =>
        `    await queryRunner.query(${JSON.stringify(q.query)}${q.parameters?.length ? `, ${JSON.stringify(q.parameters)}` : ''});`,
    )
    .join('\n');
}

/**
 * Diffs the entities against a scratch embedded database built from the committed
 * migrations and writes the difference as a new migration file, for review.
 */
export async function generateMigration(
  name: string,
  logger: Logger,
  entities: readonly Function[],
): Promise<string | null> {
  const database = createDatabase({ kind: 'pglite', dataDir: null }, logger, entities);
  const { dataSource } = database;
  await database.open();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
    const sql = await dataSource.driver.createSchemaBuilder().log();
    if (sql.upQueries.length === 0) return null;
    const timestamp = Date.now();
    const className = `${name.replace(/[^A-Za-z0-9]/g, '')}${timestamp}`;
    const file = path.join(MIGRATIONS_DIR, `${timestamp}-${name}.ts`);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${statements(sql.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${statements(sql.downQueries.reverse())}
  }
}
`,
    );
    return file;
  } finally {
    await database.close();
  }
}
