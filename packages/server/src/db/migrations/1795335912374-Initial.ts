import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795335912374 implements MigrationInterface {
  name = 'Initial1795335912374';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"district\" (\"code\" character varying(3) NOT NULL, \"name_bg\" character varying NOT NULL, \"name_en\" character varying NOT NULL, \"nuts2\" character varying(4) NOT NULL, \"nuts3\" character varying(5) NOT NULL, \"centre_ekatte\" character varying(5) NOT NULL, CONSTRAINT \"PK_fbfe5cb0d22c2be8c9a9fff5b6b\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("CREATE TABLE \"municipality\" (\"code\" character varying(5) NOT NULL, \"name_bg\" character varying NOT NULL, \"name_en\" character varying NOT NULL, \"district_code\" character varying(3) NOT NULL, \"nuts2\" character varying(4) NOT NULL, \"nuts3\" character varying(5) NOT NULL, \"centre_ekatte\" character varying(5) NOT NULL, \"aliases\" text array NOT NULL DEFAULT '{}', CONSTRAINT \"PK_f01eb47e7b81481ca5a146a786d\" PRIMARY KEY (\"code\"))");
    await queryRunner.query("CREATE INDEX \"IDX_0cc39709c89343b789fb53f019\" ON \"municipality\"  (\"district_code\") ");
    await queryRunner.query("CREATE TYPE \"public\".\"organization_kind\" AS ENUM('NGO', 'MUNICIPALITY', 'FOUNDATION', 'FUNDER', 'PUBLIC_AGENCY', 'ACADEMIC', 'BUSINESS')");
    await queryRunner.query("CREATE TABLE \"organization\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"bg_revised_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"en_revised_at\" TIMESTAMP WITH TIME ZONE, \"name\" jsonb NOT NULL, \"slug\" character varying NOT NULL, \"kind\" \"public\".\"organization_kind\" NOT NULL, \"municipality_code\" character varying(5), \"description\" jsonb, \"contact_person\" character varying, \"contact_address\" character varying, \"contact_phone\" character varying, \"contact_email\" character varying, \"contact_website\" character varying, CONSTRAINT \"PK_472c1f99a32def1b0abb219cd67\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_a08804baa7c5d5427067c49a31\" ON \"organization\"  (\"slug\") ");
    await queryRunner.query("CREATE INDEX \"IDX_62fb7f1dd7419a4f24bbbcb2e9\" ON \"organization\"  (\"municipality_code\") ");
    await queryRunner.query("ALTER TABLE \"organization\" ADD CONSTRAINT \"FK_62fb7f1dd7419a4f24bbbcb2e9d\" FOREIGN KEY (\"municipality_code\") REFERENCES \"municipality\"(\"code\") ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"organization\" DROP CONSTRAINT \"FK_62fb7f1dd7419a4f24bbbcb2e9d\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_62fb7f1dd7419a4f24bbbcb2e9\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_a08804baa7c5d5427067c49a31\"");
    await queryRunner.query("DROP TABLE \"organization\"");
    await queryRunner.query("DROP TYPE \"public\".\"organization_kind\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_0cc39709c89343b789fb53f019\"");
    await queryRunner.query("DROP TABLE \"municipality\"");
    await queryRunner.query("DROP TABLE \"district\"");
  }
}
