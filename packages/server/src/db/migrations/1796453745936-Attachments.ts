import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Attachments1796453745936 implements MigrationInterface {
  name = 'Attachments1796453745936';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "owner_type" character varying(20) NOT NULL, "owner_id" uuid NOT NULL, "title" jsonb NOT NULL, "file_name" character varying(200) NOT NULL, "media_type" character varying(100) NOT NULL, "size" integer NOT NULL, "sha256" character(64) NOT NULL, "storage_key" character varying(200) NOT NULL, "extracted_text" text, "text_length" integer NOT NULL DEFAULT \'0\', "uploaded_by_id" uuid, "position" integer NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_d2a80c3a8d467f08a750ac4b420" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_d777dcffe63dff85011cf4707c" ON "attachment"  ("storage_key") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_ddf75359d44f9b62f0db487a25" ON "attachment"  ("owner_type", "owner_id", "position") ',
    );
    await queryRunner.query(
      'CREATE TABLE "attachment_sweep" ("storage_key" character varying(200) NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_bc2adf16da381b68001f03d58a9" PRIMARY KEY ("storage_key"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_74edbd1bd924457b5c75a65f2a" ON "attachment_sweep"  ("due_at") ',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX "public"."IDX_74edbd1bd924457b5c75a65f2a"');
    await queryRunner.query('DROP TABLE "attachment_sweep"');
    await queryRunner.query('DROP INDEX "public"."IDX_ddf75359d44f9b62f0db487a25"');
    await queryRunner.query('DROP INDEX "public"."IDX_d777dcffe63dff85011cf4707c"');
    await queryRunner.query('DROP TABLE "attachment"');
  }
}
