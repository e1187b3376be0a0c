import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccessModerationEditorial1795337834308 implements MigrationInterface {
  name = 'AccessModerationEditorial1795337834308';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "audit_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" uuid, "actor_kind" character varying NOT NULL, "action" character varying NOT NULL, "entity_type" character varying NOT NULL, "entity_id" uuid, "details" jsonb, "request_id" character varying, CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_9d18bd4a32fc0cd8ff82b12037" ON "audit_entry"  ("at") ');
    await queryRunner.query('CREATE INDEX "IDX_97535621724623160ea0427566" ON "audit_entry"  ("actor_id") ');
    await queryRunner.query('CREATE INDEX "IDX_b68dcc794cea3a97d59a0b8771" ON "audit_entry"  ("action") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_cfbd3da3d6664af0dab55783b5" ON "audit_entry"  ("entity_type", "entity_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "email" character varying NOT NULL, "name" character varying NOT NULL, "password_hash" character varying NOT NULL, "roles" text array NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_cace4a159ff9f2512dd42373760" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_e12875dfb3b1d92d7d7c5377e2" ON "user"  ("email") ');
    await queryRunner.query(
      'CREATE TABLE "session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token_hash" character varying NOT NULL, "user_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE, "user_agent" character varying, CONSTRAINT "PK_f55da76ac1c3ac420f444d2ff11" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_a83507eb0338ac037780e02f2b" ON "session"  ("token_hash") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_30e98e8746699fb9af235410af" ON "session"  ("user_id") ');
    await queryRunner.query(
      'CREATE TABLE "api_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" character varying NOT NULL, "token_hash" character varying NOT NULL, "prefix" character varying NOT NULL, "organization_id" uuid, "network_id" uuid, "allowed_origins" text array NOT NULL DEFAULT \'{}\', "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE, "last_used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_d862311c568d175c26f41bc6f98" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_bafaa5aab5957cd193fb2da8f2" ON "api_token"  ("token_hash") ',
    );
    await queryRunner.query(
      'CREATE TABLE "login_failure" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" character varying NOT NULL, "ip" character varying NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_5df78140d5d3f4afc249d879cdf" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_162f5e8f7c3623d88bfed34a6a" ON "login_failure"  ("email", "ip", "at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "setting" ("key" character varying NOT NULL, "value" character varying NOT NULL, CONSTRAINT "PK_1c4c95d773004250c157a744d6e" PRIMARY KEY ("key"))',
    );
    await queryRunner.query(
      'CREATE TABLE "blocked_sender" ("ip_hash" character varying NOT NULL, "reason" text, "blocked_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_eebb40cd40e934970923c29013d" PRIMARY KEY ("ip_hash"))',
    );
    await queryRunner.query(
      'CREATE TABLE "spent_challenge" ("signature" character varying NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_f6de71d7bb08b29a729b84374c4" PRIMARY KEY ("signature"))',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"revision_action\" AS ENUM('CREATE', 'UPDATE', 'DELETE', 'RESTORE')",
    );
    await queryRunner.query(
      'CREATE TABLE "revision" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "entity_type" character varying NOT NULL, "entity_id" uuid NOT NULL, "version" integer NOT NULL, "action" "public"."revision_action" NOT NULL, "snapshot" jsonb NOT NULL, "changed_fields" text array NOT NULL DEFAULT \'{}\', "author_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4767cdf0c0e78041514e5a94be" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_b1130750e8d881f3771f992a6b" ON "revision"  ("entity_type", "entity_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE TABLE "user_programme" ("user_id" uuid NOT NULL, "programme_id" uuid NOT NULL, CONSTRAINT "PK_3954d7377d3ea845486852cf632" PRIMARY KEY ("user_id", "programme_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_98859156a94157748458fe3e14" ON "user_programme"  ("user_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d6caef57b12950ce4447af4d54" ON "user_programme"  ("programme_id") ',
    );
    await queryRunner.query('ALTER TABLE "practice" ADD "publish_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "practice" ADD "proposal_name" character varying');
    await queryRunner.query('ALTER TABLE "practice" ADD "proposal_email" character varying');
    await queryRunner.query('ALTER TABLE "practice" ADD "proposal_organization" character varying');
    await queryRunner.query('ALTER TABLE "practice" ADD "proposal_submitted_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "practice" ADD "proposal_sender_hash" character varying');
    await queryRunner.query('ALTER TABLE "practice" ADD "proposal_review_note" text');
    await queryRunner.query('ALTER TABLE "project" ADD "published_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "project" ADD "publish_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "volunteer_programme" ADD "published_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "volunteer_programme" ADD "publish_at" TIMESTAMP WITH TIME ZONE');
    await queryRunner.query('ALTER TABLE "nomination" ADD "email_normalized" character varying');
    await queryRunner.query('ALTER TABLE "nomination" ADD "sender_hash" character varying');
    await queryRunner.query('ALTER TABLE "nomination" ADD "duplicate" boolean NOT NULL DEFAULT false');
    await queryRunner.query('CREATE INDEX "IDX_a8db939e0f804af5dca72c8f3e" ON "practice"  ("publish_at") ');
    await queryRunner.query('CREATE INDEX "IDX_45761e3c5feb855835bea99bdc" ON "project"  ("publish_at") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_6d548cace0b5b64c92ff2ca120" ON "volunteer_programme"  ("status") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_cebfe291dc2dc8529f4c2fa9e3" ON "volunteer_programme"  ("publish_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_a87bfb9f8efb3e6b34eeae273a" ON "nomination"  ("email_normalized") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_417e4f231e27f6433245b1edee" ON "nomination"  ("sender_hash") ',
    );
    await queryRunner.query(
      'ALTER TABLE "session" ADD CONSTRAINT "FK_30e98e8746699fb9af235410aff" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_token" ADD CONSTRAINT "FK_106597ac1a178bc58bc2b950a9d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "api_token" ADD CONSTRAINT "FK_383fc1d386e6fb6ad85f400bf1b" FOREIGN KEY ("network_id") REFERENCES "partner_network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "user_programme" ADD CONSTRAINT "FK_98859156a94157748458fe3e144" FOREIGN KEY ("user_id") REFERENCES "user"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "user_programme" ADD CONSTRAINT "FK_d6caef57b12950ce4447af4d54d" FOREIGN KEY ("programme_id") REFERENCES "volunteer_programme"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "user_programme" DROP CONSTRAINT "FK_d6caef57b12950ce4447af4d54d"');
    await queryRunner.query('ALTER TABLE "user_programme" DROP CONSTRAINT "FK_98859156a94157748458fe3e144"');
    await queryRunner.query('ALTER TABLE "api_token" DROP CONSTRAINT "FK_383fc1d386e6fb6ad85f400bf1b"');
    await queryRunner.query('ALTER TABLE "api_token" DROP CONSTRAINT "FK_106597ac1a178bc58bc2b950a9d"');
    await queryRunner.query('ALTER TABLE "session" DROP CONSTRAINT "FK_30e98e8746699fb9af235410aff"');
    await queryRunner.query('DROP INDEX "public"."IDX_417e4f231e27f6433245b1edee"');
    await queryRunner.query('DROP INDEX "public"."IDX_a87bfb9f8efb3e6b34eeae273a"');
    await queryRunner.query('DROP INDEX "public"."IDX_cebfe291dc2dc8529f4c2fa9e3"');
    await queryRunner.query('DROP INDEX "public"."IDX_6d548cace0b5b64c92ff2ca120"');
    await queryRunner.query('DROP INDEX "public"."IDX_45761e3c5feb855835bea99bdc"');
    await queryRunner.query('DROP INDEX "public"."IDX_a8db939e0f804af5dca72c8f3e"');
    await queryRunner.query('ALTER TABLE "nomination" DROP COLUMN "duplicate"');
    await queryRunner.query('ALTER TABLE "nomination" DROP COLUMN "sender_hash"');
    await queryRunner.query('ALTER TABLE "nomination" DROP COLUMN "email_normalized"');
    await queryRunner.query('ALTER TABLE "volunteer_programme" DROP COLUMN "publish_at"');
    await queryRunner.query('ALTER TABLE "volunteer_programme" DROP COLUMN "published_at"');
    await queryRunner.query('ALTER TABLE "project" DROP COLUMN "publish_at"');
    await queryRunner.query('ALTER TABLE "project" DROP COLUMN "published_at"');
    await queryRunner.query('ALTER TABLE "practice" DROP COLUMN "proposal_review_note"');
    await queryRunner.query('ALTER TABLE "practice" DROP COLUMN "proposal_sender_hash"');
    await queryRunner.query('ALTER TABLE "practice" DROP COLUMN "proposal_submitted_at"');
    await queryRunner.query('ALTER TABLE "practice" DROP COLUMN "proposal_organization"');
    await queryRunner.query('ALTER TABLE "practice" DROP COLUMN "proposal_email"');
    await queryRunner.query('ALTER TABLE "practice" DROP COLUMN "proposal_name"');
    await queryRunner.query('ALTER TABLE "practice" DROP COLUMN "publish_at"');
    await queryRunner.query('DROP INDEX "public"."IDX_d6caef57b12950ce4447af4d54"');
    await queryRunner.query('DROP INDEX "public"."IDX_98859156a94157748458fe3e14"');
    await queryRunner.query('DROP TABLE "user_programme"');
    await queryRunner.query('DROP INDEX "public"."IDX_b1130750e8d881f3771f992a6b"');
    await queryRunner.query('DROP TABLE "revision"');
    await queryRunner.query('DROP TYPE "public"."revision_action"');
    await queryRunner.query('DROP TABLE "spent_challenge"');
    await queryRunner.query('DROP TABLE "blocked_sender"');
    await queryRunner.query('DROP TABLE "setting"');
    await queryRunner.query('DROP INDEX "public"."IDX_162f5e8f7c3623d88bfed34a6a"');
    await queryRunner.query('DROP TABLE "login_failure"');
    await queryRunner.query('DROP INDEX "public"."IDX_bafaa5aab5957cd193fb2da8f2"');
    await queryRunner.query('DROP TABLE "api_token"');
    await queryRunner.query('DROP INDEX "public"."IDX_30e98e8746699fb9af235410af"');
    await queryRunner.query('DROP INDEX "public"."IDX_a83507eb0338ac037780e02f2b"');
    await queryRunner.query('DROP TABLE "session"');
    await queryRunner.query('DROP INDEX "public"."IDX_e12875dfb3b1d92d7d7c5377e2"');
    await queryRunner.query('DROP TABLE "user"');
    await queryRunner.query('DROP INDEX "public"."IDX_cfbd3da3d6664af0dab55783b5"');
    await queryRunner.query('DROP INDEX "public"."IDX_b68dcc794cea3a97d59a0b8771"');
    await queryRunner.query('DROP INDEX "public"."IDX_97535621724623160ea0427566"');
    await queryRunner.query('DROP INDEX "public"."IDX_9d18bd4a32fc0cd8ff82b12037"');
    await queryRunner.query('DROP TABLE "audit_entry"');
  }
}
