import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in throttling counts each attempt before its password is checked, in one counter row per
 * scope, instead of recording failures after the check (which concurrent guesses all slipped
 * past). Failures recorded so far are dropped with their table: at worst a locked-out pair gets
 * its tries back once, at deploy time.
 */
export class LoginAttempts1796330782937 implements MigrationInterface {
  name = 'LoginAttempts1796330782937';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "login_attempt" ("key" character varying NOT NULL, "count" integer NOT NULL, "window_ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_2b7decd11c28ffdfdde28e05382" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b7cbce255e3de6205edb1ded83" ON "login_attempt"  ("window_ends_at") ',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_162f5e8f7c3623d88bfed34a6a"');
    await queryRunner.query('DROP TABLE "login_failure"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "login_failure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying NOT NULL, "ip" character varying NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_162f5e8f7c3623d88bfed34a6a" ON "login_failure"  ("email", "ip", "at") ',
    );
    await queryRunner.query('DROP INDEX "public"."IDX_b7cbce255e3de6205edb1ded83"');
    await queryRunner.query('DROP TABLE "login_attempt"');
  }
}
