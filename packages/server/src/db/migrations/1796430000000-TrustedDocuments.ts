import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TrustedDocuments1796430000000 implements MigrationInterface {
  name = 'TrustedDocuments1796430000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "persisted_query" ADD "trusted" boolean NOT NULL DEFAULT false');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "persisted_query" DROP COLUMN "trusted"');
  }
}
