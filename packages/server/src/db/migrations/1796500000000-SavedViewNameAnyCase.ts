import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A person's view names in one list are unique whatever the letter case ("Моят изглед" and
 * "моят изглед" would be ambiguous in the menu). The service says so in words; the index holds
 * when two saves race past its check. Written by hand: TypeORM cannot declare an index on
 * lower(name), so the entity names it with `synchronize: false`.
 */
export class SavedViewNameAnyCase1796500000000 implements MigrationInterface {
  name = 'SavedViewNameAnyCase1796500000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_73b2230f9a21e31d745d5316b7"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_saved_view_owner_list_name" ON "saved_view" ("owner_id", "list", lower("name"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_saved_view_owner_list_name"');
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_73b2230f9a21e31d745d5316b7" ON "saved_view" ("owner_id", "list", "name")',
    );
  }
}
