import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Webhooks, their outbox (webhook_delivery) and each delivery's attempts (modules/webhook). */
export class Webhooks1796400000000 implements MigrationInterface {
  name = 'Webhooks1796400000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "webhook" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, "deleted_at" TIMESTAMP WITH TIME ZONE, "url" text NOT NULL, "events" text array NOT NULL, "description" text, "organization_id" uuid, "network_id" uuid, "active" boolean NOT NULL DEFAULT true, "disabled_reason" text, "secret" text NOT NULL, "previous_secret" text, "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_e6765510c2d078db49632b59020" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_2d4f7f00655c8aa6a4bb69a9ad" ON "webhook"  ("organization_id") ',
    );
    await queryRunner.query('CREATE INDEX "IDX_b03bbb607fe585e9a951af89d4" ON "webhook"  ("network_id") ');
    await queryRunner.query(
      'CREATE TABLE "webhook_delivery" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "webhook_id" uuid NOT NULL, "event_type" text NOT NULL, "body" text NOT NULL, "status" character varying(16) NOT NULL DEFAULT \'PENDING\', "attempt_count" integer NOT NULL DEFAULT \'0\', "next_attempt_at" TIMESTAMP WITH TIME ZONE, "locked_until" TIMESTAMP WITH TIME ZONE, "claim" uuid, "delivered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b1ae290239a778f12399db91354" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_4196d582849edee87b033af099" ON "webhook_delivery"  ("webhook_id", "created_at") ',
    );
    await queryRunner.query(
      'CREATE INDEX "IDX_webhook_delivery_due" ON "webhook_delivery"  ("next_attempt_at") WHERE status = \'PENDING\'',
    );
    await queryRunner.query(
      'CREATE TABLE "webhook_attempt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "delivery_id" uuid NOT NULL, "attempt" integer NOT NULL, "started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status_code" integer, "duration_ms" integer NOT NULL, "error" text, CONSTRAINT "PK_e4ff77b66cdd20591ba6189a1f9" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "IDX_9f268a8988513508fb61c3d116" ON "webhook_attempt"  ("delivery_id", "attempt") ',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook" ADD CONSTRAINT "FK_2d4f7f00655c8aa6a4bb69a9add" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook" ADD CONSTRAINT "FK_b03bbb607fe585e9a951af89d40" FOREIGN KEY ("network_id") REFERENCES "partner_network"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery" ADD CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d" FOREIGN KEY ("webhook_id") REFERENCES "webhook"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "webhook_attempt" ADD CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea" FOREIGN KEY ("delivery_id") REFERENCES "webhook_delivery"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE "webhook_attempt" DROP CONSTRAINT "FK_d7ed48c4841159bfd6bdee166ea"');
    await queryRunner.query(
      'ALTER TABLE "webhook_delivery" DROP CONSTRAINT "FK_ef25cc28dcf88ea3dd81f39af2d"',
    );
    await queryRunner.query('ALTER TABLE "webhook" DROP CONSTRAINT "FK_b03bbb607fe585e9a951af89d40"');
    await queryRunner.query('ALTER TABLE "webhook" DROP CONSTRAINT "FK_2d4f7f00655c8aa6a4bb69a9add"');
    await queryRunner.query('DROP INDEX "public"."IDX_9f268a8988513508fb61c3d116"');
    await queryRunner.query('DROP TABLE "webhook_attempt"');
    await queryRunner.query('DROP INDEX "public"."IDX_webhook_delivery_due"');
    await queryRunner.query('DROP INDEX "public"."IDX_4196d582849edee87b033af099"');
    await queryRunner.query('DROP TABLE "webhook_delivery"');
    await queryRunner.query('DROP INDEX "public"."IDX_b03bbb607fe585e9a951af89d4"');
    await queryRunner.query('DROP INDEX "public"."IDX_2d4f7f00655c8aa6a4bb69a9ad"');
    await queryRunner.query('DROP TABLE "webhook"');
  }
}
