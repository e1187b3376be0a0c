import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ResponseCache1796420000000 implements MigrationInterface {
  name = 'ResponseCache1796420000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "response_cache_entry" ("key" character varying(64) NOT NULL, "body" text NOT NULL, "tags" text array NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_response_cache_entry" PRIMARY KEY ("key"))',
    );
    // A write finds the answers showing its record by overlap (tags && $1): a GIN index.
    await queryRunner.query(
      'CREATE INDEX "IDX_response_cache_entry_tags" ON "response_cache_entry" USING GIN ("tags")',
    );
    await queryRunner.query(
      'CREATE TABLE "response_cache_epoch" ("id" integer NOT NULL, "n" bigint NOT NULL, CONSTRAINT "PK_response_cache_epoch" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('INSERT INTO "response_cache_epoch" ("id", "n") VALUES (1, 0)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "response_cache_epoch"');
    await queryRunner.query('DROP TABLE "response_cache_entry"');
  }
}
