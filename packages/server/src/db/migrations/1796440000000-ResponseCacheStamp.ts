import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResponseCacheStamp1796440000000 implements MigrationInterface {
  name = 'ResponseCacheStamp1796440000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Kept answers are only a cache: dropping them is the simplest way to a column without default.
    await queryRunner.query('DELETE FROM "response_cache_entry"');
    await queryRunner.query('ALTER TABLE "response_cache_entry" ADD "stamp" character varying(16) NOT NULL');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "response_cache_entry" DROP COLUMN "stamp"');
  }
}
