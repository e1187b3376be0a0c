import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Imports1796450000000 implements MigrationInterface {
  name = 'Imports1796450000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"import_kind\" AS ENUM('FLGR', 'ISUN', 'CSV')");
    await queryRunner.query(
      "CREATE TYPE \"public\".\"import_job_status\" AS ENUM('PLANNING', 'PLANNED', 'APPLYING', 'APPLIED', 'CANCELLED', 'FAILED')",
    );
    await queryRunner.query(
      'CREATE TABLE "import_job" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "kind" "public"."import_kind" NOT NULL, "status" "public"."import_job_status" NOT NULL, "publish" boolean NOT NULL DEFAULT false, "files" text array NOT NULL, "total" integer NOT NULL DEFAULT \'0\', "processed" integer NOT NULL DEFAULT \'0\', "counts" jsonb NOT NULL DEFAULT \'{"create":0,"update":0,"unchanged":0,"conflict":0,"refused":0}\', "refused_files" jsonb NOT NULL DEFAULT \'[]\', "started_by" jsonb NOT NULL, "finished_at" TIMESTAMP WITH TIME ZONE, "error" text, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_65b4c7eccb8120972a7b8da7682" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_3d9683b5e02c06497d0d9f48c3" ON "import_job"  ("status") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"import_outcome\" AS ENUM('CREATE', 'UPDATE', 'UNCHANGED', 'CONFLICT', 'REFUSED')",
    );
    await queryRunner.query(
      'CREATE TABLE "import_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "job_id" uuid NOT NULL, "position" integer NOT NULL, "origin" text NOT NULL, "source_key" text, "record_type" character varying NOT NULL, "title" text NOT NULL, "draft" jsonb NOT NULL, "outcome" "public"."import_outcome", "fields" text array NOT NULL DEFAULT \'{}\', "kept_fields" text array NOT NULL DEFAULT \'{}\', "problems" jsonb NOT NULL DEFAULT \'[]\', "record_id" uuid, "applied_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_8dec584fadccddaa69288f3b469" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_06baac546fad426596c0ffdaaf" ON "import_item"  ("job_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "import_source" ("source_key" text NOT NULL, "record_type" character varying NOT NULL, "record_id" uuid NOT NULL, "source_values" jsonb NOT NULL, "written_values" jsonb NOT NULL, "job_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "imported_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0e6a55773ef0c3cac2f6a6c23c5" PRIMARY KEY ("source_key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e7af8dc0406ed33192f4b0f13f" ON "import_source"  ("record_id") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_e7af8dc0406ed33192f4b0f13f"');
    await queryRunner.query('DROP TABLE "import_source"');
    await queryRunner.query('DROP INDEX "public"."IDX_06baac546fad426596c0ffdaaf"');
    await queryRunner.query('DROP TABLE "import_item"');
    await queryRunner.query('DROP TYPE "public"."import_outcome"');
    await queryRunner.query('DROP INDEX "public"."IDX_3d9683b5e02c06497d0d9f48c3"');
    await queryRunner.query('DROP TABLE "import_job"');
    await queryRunner.query('DROP TYPE "public"."import_job_status"');
    await queryRunner.query('DROP TYPE "public"."import_kind"');
  }
}
