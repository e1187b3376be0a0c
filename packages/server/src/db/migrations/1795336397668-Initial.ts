import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795336397668 implements MigrationInterface {
  name = 'Initial1795336397668';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "district" ("code" character varying(3) NOT NULL, "name_bg" character varying NOT NULL, "name_en" character varying NOT NULL, "nuts2" character varying(4) NOT NULL, "nuts3" character varying(5) NOT NULL, "centre_ekatte" character varying(5) NOT NULL, CONSTRAINT "PK_fbfe5cb0d22c2be8c9a9fff5b6b" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE TABLE "municipality" ("code" character varying(5) NOT NULL, "name_bg" character varying NOT NULL, "name_en" character varying NOT NULL, "district_code" character varying(3) NOT NULL, "nuts2" character varying(4) NOT NULL, "nuts3" character varying(5) NOT NULL, "centre_ekatte" character varying(5) NOT NULL, "aliases" text array NOT NULL DEFAULT \'{}\', CONSTRAINT "PK_f01eb47e7b81481ca5a146a786d" PRIMARY KEY ("code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_0cc39709c89343b789fb53f019" ON "municipality"  ("district_code") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"organization_kind\" AS ENUM('NGO', 'MUNICIPALITY', 'FOUNDATION', 'FUNDER', 'PUBLIC_AGENCY', 'ACADEMIC', 'BUSINESS')",
    );
    await queryRunner.query(
      'CREATE TABLE "organization" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "bg_revised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "en_revised_at" TIMESTAMP WITH TIME ZONE, "name" jsonb NOT NULL, "slug" character varying NOT NULL, "kind" "public"."organization_kind" NOT NULL, "municipality_code" character varying(5), "description" jsonb, "contact_person" character varying, "contact_address" character varying, "contact_phone" character varying, "contact_email" character varying, "contact_website" character varying, CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_a08804baa7c5d5427067c49a31" ON "organization"  ("slug") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_62fb7f1dd7419a4f24bbbcb2e9" ON "organization"  ("municipality_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "theme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "bg_revised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "en_revised_at" TIMESTAMP WITH TIME ZONE, "slug" character varying NOT NULL, "label" jsonb NOT NULL, CONSTRAINT "PK_c1934d0b4403bf10c1ab0c18166" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_36551e08e2fc4b5b68b48b4ef9" ON "theme"  ("slug") ');
    await queryRunner.query(
      'CREATE TABLE "target_group" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "bg_revised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "en_revised_at" TIMESTAMP WITH TIME ZONE, "slug" character varying NOT NULL, "label" jsonb NOT NULL, CONSTRAINT "PK_57d677c2f58ffc6255875625d4c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_cf1cc2efb45c0eec479b6b4e90" ON "target_group"  ("slug") ',
    );
    await queryRunner.query("CREATE TYPE \"public\".\"period_precision\" AS ENUM('DAY', 'MONTH', 'YEAR')");
    await queryRunner.query('CREATE TYPE "public"."currency" AS ENUM(\'BGN\', \'EUR\')');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"content_status\" AS ENUM('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')",
    );
    await queryRunner.query(
      'CREATE TABLE "project" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "bg_revised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "en_revised_at" TIMESTAMP WITH TIME ZONE, "title" jsonb NOT NULL, "slug" character varying NOT NULL, "summary" jsonb, "general_goal" jsonb, "specific_objectives" jsonb NOT NULL DEFAULT \'[]\', "programmes" jsonb NOT NULL DEFAULT \'[]\', "activities" jsonb NOT NULL DEFAULT \'[]\', "expected_results" jsonb NOT NULL DEFAULT \'[]\', "period_from" date, "period_to" date, "period_precision" "public"."period_precision" NOT NULL DEFAULT \'DAY\', "budget_amount" numeric(14,2), "budget_currency" "public"."currency", "funder_id" uuid, "funding_programme" jsonb, "reference_number" character varying, "lead_organization_id" uuid, "status" "public"."content_status" NOT NULL DEFAULT \'DRAFT\', CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_6fce32ddd71197807027be6ad3" ON "project"  ("slug") ');
    await queryRunner.query('CREATE INDEX "IDX_40a07503f5814b09c1560ab138" ON "project"  ("funder_id") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_ca2c6dd3fa2fe36dc83fe2c42a" ON "project"  ("lead_organization_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_57856cedbec1fbed761154d162" ON "project"  ("status") ');
    await queryRunner.query(
      'CREATE TABLE "practice" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "bg_revised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "en_revised_at" TIMESTAMP WITH TIME ZONE, "title" jsonb NOT NULL, "slug" character varying NOT NULL, "summary" jsonb, "background" jsonb, "practice" jsonb, "results" jsonb, "period_from" date, "period_to" date, "period_precision" "public"."period_precision" NOT NULL DEFAULT \'DAY\', "organization_id" uuid, "innovator" character varying, "status" "public"."content_status" NOT NULL DEFAULT \'DRAFT\', "published_at" TIMESTAMP WITH TIME ZONE, "contact_person" character varying, "contact_address" character varying, "contact_phone" character varying, "contact_email" character varying, "contact_website" character varying, CONSTRAINT "PK_4d094a10eae690da34cc5b8ea32" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE UNIQUE INDEX "IDX_89c09decfcbc66625074caa639" ON "practice"  ("slug") ');
    await queryRunner.query(
      'CREATE INDEX "IDX_ee4ea6e357e6f14cbfa460a7ec" ON "practice"  ("organization_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_fb930472f5a7017fb24ff760b3" ON "practice"  ("status") ');
    await queryRunner.query(
      'CREATE TABLE "indicator" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid, "project_id" uuid, "position" integer NOT NULL, "label" jsonb NOT NULL, "value" numeric(14,2) NOT NULL, "unit" jsonb NOT NULL, "period" character varying, "target_group_id" uuid, CONSTRAINT "CHK_fa51083d01c403bdca42f9a55b" CHECK ("practice_id" IS NOT NULL OR "project_id" IS NOT NULL), CONSTRAINT "PK_4693fe4c2cb912a71e05c589e7e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query('CREATE INDEX "IDX_af9c9a75077a67271362aa413c" ON "indicator"  ("practice_id") ');
    await queryRunner.query('CREATE INDEX "IDX_df7b34e93425800f64d6dbdeeb" ON "indicator"  ("project_id") ');
    await queryRunner.query(
      "CREATE TYPE \"public\".\"nomination_status\" AS ENUM('PENDING', 'APPROVED', 'REJECTED', 'SPAM')",
    );
    await queryRunner.query(
      'CREATE TABLE "nomination" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "practice_id" uuid NOT NULL, "nominator_name" character varying NOT NULL, "nominator_email" character varying NOT NULL, "nominator_organization" character varying, "reason" text, "status" "public"."nomination_status" NOT NULL DEFAULT \'PENDING\', "moderator_id" uuid, "decided_at" TIMESTAMP WITH TIME ZONE, "moderation_note" text, CONSTRAINT "PK_52e10255e966818cbebfc0f1144" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_49f113f72741f9ce8e268b8216" ON "nomination"  ("practice_id", "status") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"network_scope\" AS ENUM('MUNICIPAL', 'REGIONAL', 'NATIONAL')",
    );
    await queryRunner.query(
      'CREATE TABLE "partner_network" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "bg_revised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "en_revised_at" TIMESTAMP WITH TIME ZONE, "name" jsonb NOT NULL, "slug" character varying NOT NULL, "description" jsonb, "scope" "public"."network_scope" NOT NULL, "coordinator_id" uuid, CONSTRAINT "PK_fb8e362ce95706d408301d7098f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_a7244ed16b397a286409f61a6d" ON "partner_network"  ("slug") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_5341e88c7c9c47c68eeb649ddd" ON "partner_network"  ("coordinator_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"membership_role\" AS ENUM('COORDINATOR', 'MEMBER', 'OBSERVER')",
    );
    await queryRunner.query(
      'CREATE TABLE "network_membership" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "network_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."membership_role" NOT NULL DEFAULT \'MEMBER\', "joined_on" date NOT NULL, "left_on" date, CONSTRAINT "PK_2285cd04012f9c6aebab91fa91e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_26d353e86b36d9683084a5276b" ON "network_membership"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_7c84052ff3a4429c87b9054622" ON "network_membership"  ("network_id", "organization_id", "joined_on") ',
    );
    await queryRunner.query(
      'CREATE TABLE "practice_adoption" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "practice_id" uuid NOT NULL, "municipality_code" character varying(5) NOT NULL, "year" integer NOT NULL, "note" jsonb, CONSTRAINT "PK_3f4d8f738466ec3840649b16d46" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_637454d6c5ee8eb47c8dbd1d90" ON "practice_adoption"  ("practice_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"project_partner_role\" AS ENUM('PARTNER', 'ASSOCIATE', 'IMPLEMENTER', 'TRAINER', 'CO_FUNDER')",
    );
    await queryRunner.query(
      'CREATE TABLE "project_partner" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "organization_id" uuid NOT NULL, "role" "public"."project_partner_role" NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_fbacecdfc536b917481a618772f" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6d67b6586085ab12b6d4809a48" ON "project_partner"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_fd89ec9c093daf931ecda9c742" ON "project_partner"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "project_id" uuid NOT NULL, "title" jsonb NOT NULL, "url" character varying NOT NULL, "position" integer NOT NULL, CONSTRAINT "PK_e4aab0d22ce621e3dff35e57fa7" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_1f28dd14d683a26b6f1ad62584" ON "project_document"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "volunteer_programme" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "bg_revised_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "en_revised_at" TIMESTAMP WITH TIME ZONE, "name" jsonb NOT NULL, "slug" character varying NOT NULL, "description" jsonb, "organization_id" uuid, "project_id" uuid, "status" "public"."content_status" NOT NULL DEFAULT \'DRAFT\', CONSTRAINT "PK_7679b20ba139e94e38fe43884d4" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_f86f57780a5dcd4099c15eb939" ON "volunteer_programme"  ("slug") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_14dc03f88619cd8d06d930737e" ON "volunteer_programme"  ("organization_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_02e6255761da6ac9a541964577" ON "volunteer_programme"  ("project_id") ',
    );
    await queryRunner.query(
      "CREATE TYPE \"public\".\"vetting_status\" AS ENUM('NOT_STARTED', 'IN_PROGRESS', 'APPROVED', 'REJECTED')",
    );
    await queryRunner.query(
      'CREATE TABLE "volunteer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "name" character varying NOT NULL, "email" character varying, "phone" character varying, "municipality_code" character varying(5), "skills" text array NOT NULL DEFAULT \'{}\', "availability" character varying, "consent_given_at" TIMESTAMP WITH TIME ZONE, "vetting_status" "public"."vetting_status" NOT NULL DEFAULT \'NOT_STARTED\', CONSTRAINT "PK_76924da1998b3e07025e04c4d3c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_320c73cd31503f18f870169d27" ON "volunteer"  ("municipality_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "volunteer_assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "volunteer_id" uuid NOT NULL, "programme_id" uuid NOT NULL, "role" character varying NOT NULL, "starts_on" date NOT NULL, "ends_on" date, "hours_logged" numeric(8,2) NOT NULL DEFAULT \'0\', CONSTRAINT "PK_f3ff8cab498a4762600ed6b7e6c" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e8f0903b5cc7b5d8eb18de9c11" ON "volunteer_assignment"  ("volunteer_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6e9e98a4bf4b10a2ada6dfed32" ON "volunteer_assignment"  ("programme_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project_municipality" ("project_id" uuid NOT NULL, "municipality_code" character varying(5) NOT NULL, CONSTRAINT "PK_bae78edd09c882e552d72ccc46d" PRIMARY KEY ("project_id", "municipality_code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_7c2c114024b1c842969a80d533" ON "project_municipality"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_6d3de7a7a1f81e5f14d56c9023" ON "project_municipality"  ("municipality_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project_theme" ("project_id" uuid NOT NULL, "theme_id" uuid NOT NULL, CONSTRAINT "PK_d5b35a28d3582ec5ab69925eceb" PRIMARY KEY ("project_id", "theme_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_075cbc51ec0a180e15b8f2e240" ON "project_theme"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_8d92394007fcf3f00051719a9a" ON "project_theme"  ("theme_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "project_target_group" ("project_id" uuid NOT NULL, "target_group_id" uuid NOT NULL, CONSTRAINT "PK_af11c2c045e6773c82f3b827173" PRIMARY KEY ("project_id", "target_group_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c176f7c7acfad29913a83ce2fe" ON "project_target_group"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3081a074efd76f819e1a255002" ON "project_target_group"  ("target_group_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "practice_municipality" ("practice_id" uuid NOT NULL, "municipality_code" character varying(5) NOT NULL, CONSTRAINT "PK_d63f88a435cb92f984a06c8754e" PRIMARY KEY ("practice_id", "municipality_code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_67cbf8553338499fc43e2fc59c" ON "practice_municipality"  ("practice_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_e4e9fea883389172b4fba9268a" ON "practice_municipality"  ("municipality_code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "practice_theme" ("practice_id" uuid NOT NULL, "theme_id" uuid NOT NULL, CONSTRAINT "PK_aea902e464ebb15bebcea82a285" PRIMARY KEY ("practice_id", "theme_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_01901f3aa92a613e2905495a14" ON "practice_theme"  ("practice_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_d625e77bea691d689edcea29a8" ON "practice_theme"  ("theme_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "practice_target_group" ("practice_id" uuid NOT NULL, "target_group_id" uuid NOT NULL, CONSTRAINT "PK_6cb9336a8587823da28e8ed4f87" PRIMARY KEY ("practice_id", "target_group_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_84f74fd5f7080e6c30eb522f9f" ON "practice_target_group"  ("practice_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_aacfcf8d3e96658dddef86816b" ON "practice_target_group"  ("target_group_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "practice_project" ("practice_id" uuid NOT NULL, "project_id" uuid NOT NULL, CONSTRAINT "PK_e52aeeb0b67040adca5390fe126" PRIMARY KEY ("practice_id", "project_id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_fb86a9b025ed9248776c8d0a1e" ON "practice_project"  ("practice_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_be0f23e2626170059789a79c76" ON "practice_project"  ("project_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "volunteer_programme_municipality" ("programme_id" uuid NOT NULL, "municipality_code" character varying(5) NOT NULL, CONSTRAINT "PK_2915c6626b5ff85d989298191ca" PRIMARY KEY ("programme_id", "municipality_code"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_c7b2f6c00e90a1ca9a1440f41f" ON "volunteer_programme_municipality"  ("programme_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_3b659ee0ef8949a0b151e03506" ON "volunteer_programme_municipality"  ("municipality_code") ',
    );
    await queryRunner.query(
      'ALTER TABLE "municipality" ADD CONSTRAINT "FK_0cc39709c89343b789fb53f019b" FOREIGN KEY ("district_code") REFERENCES "district"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "organization" ADD CONSTRAINT "FK_62fb7f1dd7419a4f24bbbcb2e9d" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "FK_40a07503f5814b09c1560ab1386" FOREIGN KEY ("funder_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project" ADD CONSTRAINT "FK_ca2c6dd3fa2fe36dc83fe2c42a7" FOREIGN KEY ("lead_organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "practice" ADD CONSTRAINT "FK_ee4ea6e357e6f14cbfa460a7ec6" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD CONSTRAINT "FK_af9c9a75077a67271362aa413c8" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD CONSTRAINT "FK_df7b34e93425800f64d6dbdeebc" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "indicator" ADD CONSTRAINT "FK_e27bb42a8609044ff17c8d96bbc" FOREIGN KEY ("target_group_id") REFERENCES "target_group"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "nomination" ADD CONSTRAINT "FK_8ce7bd6970f55238275089d396c" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "partner_network" ADD CONSTRAINT "FK_5341e88c7c9c47c68eeb649ddd5" FOREIGN KEY ("coordinator_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_membership" ADD CONSTRAINT "FK_4f29cf4b94883c46084bdd9ab24" FOREIGN KEY ("network_id") REFERENCES "partner_network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "network_membership" ADD CONSTRAINT "FK_26d353e86b36d9683084a5276b4" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_adoption" ADD CONSTRAINT "FK_637454d6c5ee8eb47c8dbd1d90a" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_adoption" ADD CONSTRAINT "FK_836c9b0756bb55f90c5b6cd87b1" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_partner" ADD CONSTRAINT "FK_6d67b6586085ab12b6d4809a489" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_partner" ADD CONSTRAINT "FK_fd89ec9c093daf931ecda9c7421" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_document" ADD CONSTRAINT "FK_1f28dd14d683a26b6f1ad62584e" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_programme" ADD CONSTRAINT "FK_14dc03f88619cd8d06d930737e4" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_programme" ADD CONSTRAINT "FK_02e6255761da6ac9a541964577f" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer" ADD CONSTRAINT "FK_320c73cd31503f18f870169d27d" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_assignment" ADD CONSTRAINT "FK_e8f0903b5cc7b5d8eb18de9c115" FOREIGN KEY ("volunteer_id") REFERENCES "volunteer"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_assignment" ADD CONSTRAINT "FK_6e9e98a4bf4b10a2ada6dfed324" FOREIGN KEY ("programme_id") REFERENCES "volunteer_programme"("id") ON DELETE NO ACTION ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "project_municipality" ADD CONSTRAINT "FK_7c2c114024b1c842969a80d5333" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "project_municipality" ADD CONSTRAINT "FK_6d3de7a7a1f81e5f14d56c90239" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "project_theme" ADD CONSTRAINT "FK_075cbc51ec0a180e15b8f2e2409" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "project_theme" ADD CONSTRAINT "FK_8d92394007fcf3f00051719a9ac" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "project_target_group" ADD CONSTRAINT "FK_c176f7c7acfad29913a83ce2fe1" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "project_target_group" ADD CONSTRAINT "FK_3081a074efd76f819e1a2550026" FOREIGN KEY ("target_group_id") REFERENCES "target_group"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_municipality" ADD CONSTRAINT "FK_67cbf8553338499fc43e2fc59c3" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_municipality" ADD CONSTRAINT "FK_e4e9fea883389172b4fba9268a9" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_theme" ADD CONSTRAINT "FK_01901f3aa92a613e2905495a14c" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_theme" ADD CONSTRAINT "FK_d625e77bea691d689edcea29a83" FOREIGN KEY ("theme_id") REFERENCES "theme"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_target_group" ADD CONSTRAINT "FK_84f74fd5f7080e6c30eb522f9f2" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_target_group" ADD CONSTRAINT "FK_aacfcf8d3e96658dddef86816b4" FOREIGN KEY ("target_group_id") REFERENCES "target_group"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_project" ADD CONSTRAINT "FK_fb86a9b025ed9248776c8d0a1e7" FOREIGN KEY ("practice_id") REFERENCES "practice"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_project" ADD CONSTRAINT "FK_be0f23e2626170059789a79c760" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_programme_municipality" ADD CONSTRAINT "FK_c7b2f6c00e90a1ca9a1440f41f8" FOREIGN KEY ("programme_id") REFERENCES "volunteer_programme"("id") ON DELETE CASCADE ON UPDATE CASCADE',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_programme_municipality" ADD CONSTRAINT "FK_3b659ee0ef8949a0b151e03506e" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE CASCADE ON UPDATE CASCADE',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE "volunteer_programme_municipality" DROP CONSTRAINT "FK_3b659ee0ef8949a0b151e03506e"',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_programme_municipality" DROP CONSTRAINT "FK_c7b2f6c00e90a1ca9a1440f41f8"',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_project" DROP CONSTRAINT "FK_be0f23e2626170059789a79c760"',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_project" DROP CONSTRAINT "FK_fb86a9b025ed9248776c8d0a1e7"',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_target_group" DROP CONSTRAINT "FK_aacfcf8d3e96658dddef86816b4"',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_target_group" DROP CONSTRAINT "FK_84f74fd5f7080e6c30eb522f9f2"',
    );
    await queryRunner.query('ALTER TABLE "practice_theme" DROP CONSTRAINT "FK_d625e77bea691d689edcea29a83"');
    await queryRunner.query('ALTER TABLE "practice_theme" DROP CONSTRAINT "FK_01901f3aa92a613e2905495a14c"');
    await queryRunner.query(
      'ALTER TABLE "practice_municipality" DROP CONSTRAINT "FK_e4e9fea883389172b4fba9268a9"',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_municipality" DROP CONSTRAINT "FK_67cbf8553338499fc43e2fc59c3"',
    );
    await queryRunner.query(
      'ALTER TABLE "project_target_group" DROP CONSTRAINT "FK_3081a074efd76f819e1a2550026"',
    );
    await queryRunner.query(
      'ALTER TABLE "project_target_group" DROP CONSTRAINT "FK_c176f7c7acfad29913a83ce2fe1"',
    );
    await queryRunner.query('ALTER TABLE "project_theme" DROP CONSTRAINT "FK_8d92394007fcf3f00051719a9ac"');
    await queryRunner.query('ALTER TABLE "project_theme" DROP CONSTRAINT "FK_075cbc51ec0a180e15b8f2e2409"');
    await queryRunner.query(
      'ALTER TABLE "project_municipality" DROP CONSTRAINT "FK_6d3de7a7a1f81e5f14d56c90239"',
    );
    await queryRunner.query(
      'ALTER TABLE "project_municipality" DROP CONSTRAINT "FK_7c2c114024b1c842969a80d5333"',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_assignment" DROP CONSTRAINT "FK_6e9e98a4bf4b10a2ada6dfed324"',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_assignment" DROP CONSTRAINT "FK_e8f0903b5cc7b5d8eb18de9c115"',
    );
    await queryRunner.query('ALTER TABLE "volunteer" DROP CONSTRAINT "FK_320c73cd31503f18f870169d27d"');
    await queryRunner.query(
      'ALTER TABLE "volunteer_programme" DROP CONSTRAINT "FK_02e6255761da6ac9a541964577f"',
    );
    await queryRunner.query(
      'ALTER TABLE "volunteer_programme" DROP CONSTRAINT "FK_14dc03f88619cd8d06d930737e4"',
    );
    await queryRunner.query(
      'ALTER TABLE "project_document" DROP CONSTRAINT "FK_1f28dd14d683a26b6f1ad62584e"',
    );
    await queryRunner.query('ALTER TABLE "project_partner" DROP CONSTRAINT "FK_fd89ec9c093daf931ecda9c7421"');
    await queryRunner.query('ALTER TABLE "project_partner" DROP CONSTRAINT "FK_6d67b6586085ab12b6d4809a489"');
    await queryRunner.query(
      'ALTER TABLE "practice_adoption" DROP CONSTRAINT "FK_836c9b0756bb55f90c5b6cd87b1"',
    );
    await queryRunner.query(
      'ALTER TABLE "practice_adoption" DROP CONSTRAINT "FK_637454d6c5ee8eb47c8dbd1d90a"',
    );
    await queryRunner.query(
      'ALTER TABLE "network_membership" DROP CONSTRAINT "FK_26d353e86b36d9683084a5276b4"',
    );
    await queryRunner.query(
      'ALTER TABLE "network_membership" DROP CONSTRAINT "FK_4f29cf4b94883c46084bdd9ab24"',
    );
    await queryRunner.query('ALTER TABLE "partner_network" DROP CONSTRAINT "FK_5341e88c7c9c47c68eeb649ddd5"');
    await queryRunner.query('ALTER TABLE "nomination" DROP CONSTRAINT "FK_8ce7bd6970f55238275089d396c"');
    await queryRunner.query('ALTER TABLE "indicator" DROP CONSTRAINT "FK_e27bb42a8609044ff17c8d96bbc"');
    await queryRunner.query('ALTER TABLE "indicator" DROP CONSTRAINT "FK_df7b34e93425800f64d6dbdeebc"');
    await queryRunner.query('ALTER TABLE "indicator" DROP CONSTRAINT "FK_af9c9a75077a67271362aa413c8"');
    await queryRunner.query('ALTER TABLE "practice" DROP CONSTRAINT "FK_ee4ea6e357e6f14cbfa460a7ec6"');
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "FK_ca2c6dd3fa2fe36dc83fe2c42a7"');
    await queryRunner.query('ALTER TABLE "project" DROP CONSTRAINT "FK_40a07503f5814b09c1560ab1386"');
    await queryRunner.query('ALTER TABLE "organization" DROP CONSTRAINT "FK_62fb7f1dd7419a4f24bbbcb2e9d"');
    await queryRunner.query('ALTER TABLE "municipality" DROP CONSTRAINT "FK_0cc39709c89343b789fb53f019b"');
    await queryRunner.query('DROP INDEX "public"."IDX_3b659ee0ef8949a0b151e03506"');
    await queryRunner.query('DROP INDEX "public"."IDX_c7b2f6c00e90a1ca9a1440f41f"');
    await queryRunner.query('DROP TABLE "volunteer_programme_municipality"');
    await queryRunner.query('DROP INDEX "public"."IDX_be0f23e2626170059789a79c76"');
    await queryRunner.query('DROP INDEX "public"."IDX_fb86a9b025ed9248776c8d0a1e"');
    await queryRunner.query('DROP TABLE "practice_project"');
    await queryRunner.query('DROP INDEX "public"."IDX_aacfcf8d3e96658dddef86816b"');
    await queryRunner.query('DROP INDEX "public"."IDX_84f74fd5f7080e6c30eb522f9f"');
    await queryRunner.query('DROP TABLE "practice_target_group"');
    await queryRunner.query('DROP INDEX "public"."IDX_d625e77bea691d689edcea29a8"');
    await queryRunner.query('DROP INDEX "public"."IDX_01901f3aa92a613e2905495a14"');
    await queryRunner.query('DROP TABLE "practice_theme"');
    await queryRunner.query('DROP INDEX "public"."IDX_e4e9fea883389172b4fba9268a"');
    await queryRunner.query('DROP INDEX "public"."IDX_67cbf8553338499fc43e2fc59c"');
    await queryRunner.query('DROP TABLE "practice_municipality"');
    await queryRunner.query('DROP INDEX "public"."IDX_3081a074efd76f819e1a255002"');
    await queryRunner.query('DROP INDEX "public"."IDX_c176f7c7acfad29913a83ce2fe"');
    await queryRunner.query('DROP TABLE "project_target_group"');
    await queryRunner.query('DROP INDEX "public"."IDX_8d92394007fcf3f00051719a9a"');
    await queryRunner.query('DROP INDEX "public"."IDX_075cbc51ec0a180e15b8f2e240"');
    await queryRunner.query('DROP TABLE "project_theme"');
    await queryRunner.query('DROP INDEX "public"."IDX_6d3de7a7a1f81e5f14d56c9023"');
    await queryRunner.query('DROP INDEX "public"."IDX_7c2c114024b1c842969a80d533"');
    await queryRunner.query('DROP TABLE "project_municipality"');
    await queryRunner.query('DROP INDEX "public"."IDX_6e9e98a4bf4b10a2ada6dfed32"');
    await queryRunner.query('DROP INDEX "public"."IDX_e8f0903b5cc7b5d8eb18de9c11"');
    await queryRunner.query('DROP TABLE "volunteer_assignment"');
    await queryRunner.query('DROP INDEX "public"."IDX_320c73cd31503f18f870169d27"');
    await queryRunner.query('DROP TABLE "volunteer"');
    await queryRunner.query('DROP TYPE "public"."vetting_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_02e6255761da6ac9a541964577"');
    await queryRunner.query('DROP INDEX "public"."IDX_14dc03f88619cd8d06d930737e"');
    await queryRunner.query('DROP INDEX "public"."IDX_f86f57780a5dcd4099c15eb939"');
    await queryRunner.query('DROP TABLE "volunteer_programme"');
    await queryRunner.query('DROP INDEX "public"."IDX_1f28dd14d683a26b6f1ad62584"');
    await queryRunner.query('DROP TABLE "project_document"');
    await queryRunner.query('DROP INDEX "public"."IDX_fd89ec9c093daf931ecda9c742"');
    await queryRunner.query('DROP INDEX "public"."IDX_6d67b6586085ab12b6d4809a48"');
    await queryRunner.query('DROP TABLE "project_partner"');
    await queryRunner.query('DROP TYPE "public"."project_partner_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_637454d6c5ee8eb47c8dbd1d90"');
    await queryRunner.query('DROP TABLE "practice_adoption"');
    await queryRunner.query('DROP INDEX "public"."IDX_7c84052ff3a4429c87b9054622"');
    await queryRunner.query('DROP INDEX "public"."IDX_26d353e86b36d9683084a5276b"');
    await queryRunner.query('DROP TABLE "network_membership"');
    await queryRunner.query('DROP TYPE "public"."membership_role"');
    await queryRunner.query('DROP INDEX "public"."IDX_5341e88c7c9c47c68eeb649ddd"');
    await queryRunner.query('DROP INDEX "public"."IDX_a7244ed16b397a286409f61a6d"');
    await queryRunner.query('DROP TABLE "partner_network"');
    await queryRunner.query('DROP TYPE "public"."network_scope"');
    await queryRunner.query('DROP INDEX "public"."IDX_49f113f72741f9ce8e268b8216"');
    await queryRunner.query('DROP TABLE "nomination"');
    await queryRunner.query('DROP TYPE "public"."nomination_status"');
    await queryRunner.query('DROP INDEX "public"."IDX_df7b34e93425800f64d6dbdeeb"');
    await queryRunner.query('DROP INDEX "public"."IDX_af9c9a75077a67271362aa413c"');
    await queryRunner.query('DROP TABLE "indicator"');
    await queryRunner.query('DROP INDEX "public"."IDX_fb930472f5a7017fb24ff760b3"');
    await queryRunner.query('DROP INDEX "public"."IDX_ee4ea6e357e6f14cbfa460a7ec"');
    await queryRunner.query('DROP INDEX "public"."IDX_89c09decfcbc66625074caa639"');
    await queryRunner.query('DROP TABLE "practice"');
    await queryRunner.query('DROP INDEX "public"."IDX_57856cedbec1fbed761154d162"');
    await queryRunner.query('DROP INDEX "public"."IDX_ca2c6dd3fa2fe36dc83fe2c42a"');
    await queryRunner.query('DROP INDEX "public"."IDX_40a07503f5814b09c1560ab138"');
    await queryRunner.query('DROP INDEX "public"."IDX_6fce32ddd71197807027be6ad3"');
    await queryRunner.query('DROP TABLE "project"');
    await queryRunner.query('DROP TYPE "public"."content_status"');
    await queryRunner.query('DROP TYPE "public"."currency"');
    await queryRunner.query('DROP TYPE "public"."period_precision"');
    await queryRunner.query('DROP INDEX "public"."IDX_cf1cc2efb45c0eec479b6b4e90"');
    await queryRunner.query('DROP TABLE "target_group"');
    await queryRunner.query('DROP INDEX "public"."IDX_36551e08e2fc4b5b68b48b4ef9"');
    await queryRunner.query('DROP TABLE "theme"');
    await queryRunner.query('DROP INDEX "public"."IDX_62fb7f1dd7419a4f24bbbcb2e9"');
    await queryRunner.query('DROP INDEX "public"."IDX_a08804baa7c5d5427067c49a31"');
    await queryRunner.query('DROP TABLE "organization"');
    await queryRunner.query('DROP TYPE "public"."organization_kind"');
    await queryRunner.query('DROP INDEX "public"."IDX_0cc39709c89343b789fb53f019"');
    await queryRunner.query('DROP TABLE "municipality"');
    await queryRunner.query('DROP TABLE "district"');
  }
}
