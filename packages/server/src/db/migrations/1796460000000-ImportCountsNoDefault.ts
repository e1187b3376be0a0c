import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ImportCountsNoDefault1796460000000 implements MigrationInterface {
  name = 'ImportCountsNoDefault1796460000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "import_job" ALTER COLUMN "counts" DROP DEFAULT');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "import_job" ALTER COLUMN "counts" SET DEFAULT \'{"create": 0, "update": 0, "refused": 0, "conflict": 0, "unchanged": 0}\'',
    );
  }
}
