import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AccountLinks1796480000000 implements MigrationInterface {
  name = 'AccountLinks1796480000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TYPE \"public\".\"account_token_kind\" AS ENUM('INVITATION', 'RESET')");
    await queryRunner.query("CREATE TABLE \"account_token\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"token_hash\" character varying NOT NULL, \"user_id\" uuid NOT NULL, \"kind\" \"public\".\"account_token_kind\" NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_a55842d3341d42534e39f85e931\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_afb41d941d437f47a0d75373f8\" ON \"account_token\"  (\"token_hash\") ");
    await queryRunner.query("CREATE INDEX \"IDX_ab3c66669facfe429164e60ab8\" ON \"account_token\"  (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"user\" ADD \"language\" character varying(2)");
    await queryRunner.query("ALTER TABLE \"user\" ADD \"last_sign_in_at\" TIMESTAMP WITH TIME ZONE");
    await queryRunner.query("ALTER TABLE \"user\" ALTER COLUMN \"password_hash\" DROP NOT NULL");
    await queryRunner.query("ALTER TABLE \"account_token\" ADD CONSTRAINT \"FK_ab3c66669facfe429164e60ab82\" FOREIGN KEY (\"user_id\") REFERENCES \"user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"account_token\" DROP CONSTRAINT \"FK_ab3c66669facfe429164e60ab82\"");
    await queryRunner.query("ALTER TABLE \"user\" ALTER COLUMN \"password_hash\" SET NOT NULL");
    await queryRunner.query("ALTER TABLE \"user\" DROP COLUMN \"last_sign_in_at\"");
    await queryRunner.query("ALTER TABLE \"user\" DROP COLUMN \"language\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_ab3c66669facfe429164e60ab8\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_afb41d941d437f47a0d75373f8\"");
    await queryRunner.query("DROP TABLE \"account_token\"");
    await queryRunner.query("DROP TYPE \"public\".\"account_token_kind\"");
  }
}
