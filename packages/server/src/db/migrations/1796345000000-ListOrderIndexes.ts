import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The public lists' orders, as the services' SORT_KEYS write them, with the id that breaks ties:
 * a page is read from an index in order instead of sorting every row per request (the default
 * order of practices, newest published first, was a full sort). Only rows not in the trash, as
 * every list reads. Written by hand: TypeORM cannot declare expression indexes, so the entities
 * name them with `synchronize: false` and migration:generate leaves them alone.
 */
const INDEXES: [name: string, table: string, key: string][] = [
  ['IDX_practice_order_published_at', 'practice', `COALESCE("published_at", '-infinity'::timestamptz), "id"`],
  ['IDX_practice_order_title', 'practice', `("title"->>'bg'), "id"`],
  ['IDX_practice_order_period_from', 'practice', `COALESCE("period_from", '-infinity'::date), "id"`],
  ['IDX_practice_order_created_at', 'practice', `"created_at", "id"`],
  ['IDX_practice_order_updated_at', 'practice', `"updated_at", "id"`],
  ['IDX_project_order_start_date', 'project', `COALESCE("period_from", '-infinity'::date), "id"`],
  ['IDX_project_order_title', 'project', `("title"->>'bg'), "id"`],
  ['IDX_project_order_created_at', 'project', `"created_at", "id"`],
  ['IDX_project_order_updated_at', 'project', `"updated_at", "id"`],
  ['IDX_organization_order_name', 'organization', `("name"->>'bg'), "id"`],
  ['IDX_organization_order_created_at', 'organization', `"created_at", "id"`],
  ['IDX_organization_order_updated_at', 'organization', `"updated_at", "id"`],
];

export class ListOrderIndexes1796345000000 implements MigrationInterface {
  name = 'ListOrderIndexes1796345000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const [name, table, key] of INDEXES) {
      await queryRunner.query(`CREATE INDEX "${name}" ON "${table}" (${key}) WHERE "deleted_at" IS NULL`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const [name] of [...INDEXES].reverse()) await queryRunner.query(`DROP INDEX "public"."${name}"`);
  }
}
