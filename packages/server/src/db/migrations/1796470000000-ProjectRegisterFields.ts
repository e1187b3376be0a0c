import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ProjectRegisterFields1796470000000 implements MigrationInterface {
  name = 'ProjectRegisterFields1796470000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      "CREATE TYPE \"public\".\"implementation_status\" AS ENUM('CONTRACTED', 'ONGOING', 'COMPLETED', 'TERMINATED')",
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD "implementation_status" "public"."implementation_status"',
    );
    await queryRunner.query('ALTER TABLE "project" ADD "contract_date" date');
    await queryRunner.query('ALTER TABLE "project" ADD "grant_amount" numeric(14,2)');
    await queryRunner.query('ALTER TABLE "project" ADD "grant_currency" "public"."currency"');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "project" DROP COLUMN "grant_currency"');
    await queryRunner.query('ALTER TABLE "project" DROP COLUMN "grant_amount"');
    await queryRunner.query('ALTER TABLE "project" DROP COLUMN "contract_date"');
    await queryRunner.query('ALTER TABLE "project" DROP COLUMN "implementation_status"');
    await queryRunner.query('DROP TYPE "public"."implementation_status"');
  }
}
