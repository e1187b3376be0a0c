import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TokenScopeQuotas1796410000000 implements MigrationInterface {
  name = 'TokenScopeQuotas1796410000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "rate_counter" ("key" text NOT NULL, "window_start" TIMESTAMP WITH TIME ZONE NOT NULL, "count" integer NOT NULL, CONSTRAINT "PK_960bb32a8e5a1bfc8ad72aa8ee6" PRIMARY KEY ("key", "window_start"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2757811e8519a9935f17cdee94" ON "rate_counter"  ("window_start") ',
    );
    await queryRunner.query('CREATE TYPE "public"."token_scope" AS ENUM(\'ALL_PUBLISHED\', \'OWN\')');
    await queryRunner.query(
      'ALTER TABLE "api_token" ADD "scope" "public"."token_scope" NOT NULL DEFAULT \'ALL_PUBLISHED\'',
    );
    await queryRunner.query('ALTER TABLE "api_token" ADD "quota_per_minute" integer');
    await queryRunner.query('ALTER TABLE "api_token" ADD "quota_per_day" integer');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "api_token" DROP COLUMN "quota_per_day"');
    await queryRunner.query('ALTER TABLE "api_token" DROP COLUMN "quota_per_minute"');
    await queryRunner.query('ALTER TABLE "api_token" DROP COLUMN "scope"');
    await queryRunner.query('DROP TYPE "public"."token_scope"');
    await queryRunner.query('DROP INDEX "public"."IDX_2757811e8519a9935f17cdee94"');
    await queryRunner.query('DROP TABLE "rate_counter"');
  }
}
