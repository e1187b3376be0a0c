import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PersistedQueries1796384554147 implements MigrationInterface {
  name = 'PersistedQueries1796384554147';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "persisted_query" ("key" character varying(80) NOT NULL, "query" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_e061009e81ddf6178fc1cafa0f6" PRIMARY KEY ("key"))',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "persisted_query"');
  }
}
