import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Who made a revision without an account (the scheduler, the demo loader…), for its history. */
export class RevisionAuthorKind1795349617039 implements MigrationInterface {
  name = 'RevisionAuthorKind1795349617039';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "revision" ADD "author_kind" character varying NOT NULL DEFAULT \'user\'',
    );
    // Revisions without an author were written by system jobs; their audit entry (same
    // change, same version) names the job. Any left over keep a plain 'system'.
    await queryRunner.query(
      `UPDATE "revision" r SET "author_kind" = a."actor_kind" FROM "audit_entry" a
        WHERE r."author_id" IS NULL AND a."entity_id" = r."entity_id"
          AND a."entity_type"::text = r."entity_type"::text AND a."details"->>'version' = r."version"::text`,
    );
    await queryRunner.query(
      `UPDATE "revision" SET "author_kind" = 'system' WHERE "author_id" IS NULL AND "author_kind" = 'user'`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "revision" DROP COLUMN "author_kind"');
  }
}
