import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SavedViews1796496000000 implements MigrationInterface {
  name = 'SavedViews1796496000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"saved_view\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"owner_id\" uuid NOT NULL, \"list\" character varying(40) NOT NULL, \"name\" character varying(80) NOT NULL, \"query\" text NOT NULL, \"shared\" boolean NOT NULL DEFAULT false, CONSTRAINT \"PK_be317311b88c1a5e47ad6c19081\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_bac496b44707ed19cd7dd86fba\" ON \"saved_view\"  (\"list\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_73b2230f9a21e31d745d5316b7\" ON \"saved_view\"  (\"owner_id\", \"list\", \"name\") ");
    await queryRunner.query("ALTER TABLE \"saved_view\" ADD CONSTRAINT \"FK_51e7a47d07fef90b5081c8683c0\" FOREIGN KEY (\"owner_id\") REFERENCES \"user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"saved_view\" DROP CONSTRAINT \"FK_51e7a47d07fef90b5081c8683c0\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_73b2230f9a21e31d745d5316b7\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_bac496b44707ed19cd7dd86fba\"");
    await queryRunner.query("DROP TABLE \"saved_view\"");
  }
}
