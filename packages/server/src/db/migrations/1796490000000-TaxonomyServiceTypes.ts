import type { MigrationInterface, QueryRunner } from 'typeorm';

type Term = [slug: string, bg: string, en: string];

/**
 * Service types every installation starts with: the social services of the Social Services Act
 * (Закон за социалните услуги, чл. 15) and the kinds of service as municipalities commonly name
 * them, merged into one list from advice to residential care.
 */
const SERVICE_TYPES: Term[] = [
  ['information-counselling', 'Информиране и консултиране', 'Information and counselling'],
  ['advocacy-mediation', 'Застъпничество и посредничество', 'Advocacy and mediation'],
  ['community-work', 'Общностна работа', 'Community work'],
  ['early-intervention', 'Ранна интервенция', 'Early intervention'],
  ['therapy-rehabilitation', 'Терапия и рехабилитация', 'Therapy and rehabilitation'],
  ['skills-training', 'Обучение за придобиване на умения', 'Skills training'],
  ['work-skills-support', 'Подкрепа за придобиване на трудови умения', 'Support for acquiring work skills'],
  ['day-care', 'Дневна грижа', 'Day care'],
  ['day-centre', 'Дневен център', 'Day centre'],
  ['hourly-services', 'Почасови услуги', 'Hourly services'],
  ['home-care', 'Домашна грижа (домашен социален патронаж)', 'Home care'],
  ['personal-assistance', 'Асистентска подкрепа', 'Personal assistance'],
  ['residential-care', 'Резидентна грижа', 'Residential care'],
  ['family-type-placement-centre', 'Център за настаняване от семеен тип', 'Family-type placement centre'],
  ['shelter', 'Осигуряване на подслон', 'Shelter'],
];

/**
 * Adds a term at the end of a table's order unless its slug or its Bulgarian label is already
 * there (an installation may have made it by hand).
 */
async function seed(queryRunner: QueryRunner, table: string, [slug, bg, en]: Term, position?: number) {
  await queryRunner.query(
    `INSERT INTO "${table}" (slug, label, position, version, en_revised_at) ` +
      `SELECT $1, jsonb_build_object('bg', $2::text, 'en', $3::text), ` +
      `COALESCE($4::int, (SELECT COALESCE(MAX(position), 0) + 1 FROM "${table}")), 1, now() ` +
      `WHERE NOT EXISTS (SELECT 1 FROM "${table}" WHERE label->>'bg' = $2::text) ON CONFLICT (slug) DO NOTHING`,
    [slug, bg, en, position ?? null],
  );
}

export class TaxonomyServiceTypes1796490000000 implements MigrationInterface {
  name = 'TaxonomyServiceTypes1796490000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"service_type\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"version\" integer NOT NULL, \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"bg_revised_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"en_revised_at\" TIMESTAMP WITH TIME ZONE, \"slug\" character varying NOT NULL, \"label\" jsonb NOT NULL, \"position\" integer NOT NULL DEFAULT '0', CONSTRAINT \"PK_0a11a8d444eff1346826caed987\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"IDX_9d609fa187de58c901b1d5a56a\" ON \"service_type\"  (\"slug\") ");
    await queryRunner.query("CREATE TABLE \"project_service_type\" (\"project_id\" uuid NOT NULL, \"service_type_id\" uuid NOT NULL, CONSTRAINT \"PK_efe82a35c22763d529e0232dd4f\" PRIMARY KEY (\"project_id\", \"service_type_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_808dfd0207f47927456f268a7d\" ON \"project_service_type\"  (\"project_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_8ee896106596cf93e4f30ca5af\" ON \"project_service_type\"  (\"service_type_id\") ");
    await queryRunner.query("CREATE TABLE \"practice_service_type\" (\"practice_id\" uuid NOT NULL, \"service_type_id\" uuid NOT NULL, CONSTRAINT \"PK_8d68863d2723824862494b02e3c\" PRIMARY KEY (\"practice_id\", \"service_type_id\"))");
    await queryRunner.query("CREATE INDEX \"IDX_3cef2589b47d0f0ec2932bd6e3\" ON \"practice_service_type\"  (\"practice_id\") ");
    await queryRunner.query("CREATE INDEX \"IDX_9d7a1a7dc8bfa4d612e94583b4\" ON \"practice_service_type\"  (\"service_type_id\") ");
    await queryRunner.query("ALTER TABLE \"theme\" ADD \"position\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"target_group\" ADD \"position\" integer NOT NULL DEFAULT '0'");
    await queryRunner.query("ALTER TABLE \"project_service_type\" ADD CONSTRAINT \"FK_808dfd0207f47927456f268a7d4\" FOREIGN KEY (\"project_id\") REFERENCES \"project\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"project_service_type\" ADD CONSTRAINT \"FK_8ee896106596cf93e4f30ca5af6\" FOREIGN KEY (\"service_type_id\") REFERENCES \"service_type\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"practice_service_type\" ADD CONSTRAINT \"FK_3cef2589b47d0f0ec2932bd6e30\" FOREIGN KEY (\"practice_id\") REFERENCES \"practice\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    await queryRunner.query("ALTER TABLE \"practice_service_type\" ADD CONSTRAINT \"FK_9d7a1a7dc8bfa4d612e94583b4f\" FOREIGN KEY (\"service_type_id\") REFERENCES \"service_type\"(\"id\") ON DELETE CASCADE ON UPDATE CASCADE");
    // Existing terms keep the order they were shown in (by Bulgarian label).
    for (const table of ['theme', 'target_group']) {
      await queryRunner.query(
        `UPDATE "${table}" t SET position = o.n FROM (SELECT id, row_number() OVER (ORDER BY label->>'bg', id) AS n ` +
          `FROM "${table}") o WHERE o.id = t.id`,
      );
    }
    for (const [index, term] of SERVICE_TYPES.entries()) await seed(queryRunner, 'service_type', term, index + 1);
    // Older people: the commonest users of social services in Bulgaria.
    await seed(queryRunner, 'target_group', ['older-people', 'Възрастни хора', 'Older people']);
    await seed(queryRunner, 'theme', ['elderly-care', 'Грижа за възрастни хора', 'Care for older people']);
  }

  /** The seeded target group and theme stay: content may be tagged with them by now. */
  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"practice_service_type\" DROP CONSTRAINT \"FK_9d7a1a7dc8bfa4d612e94583b4f\"");
    await queryRunner.query("ALTER TABLE \"practice_service_type\" DROP CONSTRAINT \"FK_3cef2589b47d0f0ec2932bd6e30\"");
    await queryRunner.query("ALTER TABLE \"project_service_type\" DROP CONSTRAINT \"FK_8ee896106596cf93e4f30ca5af6\"");
    await queryRunner.query("ALTER TABLE \"project_service_type\" DROP CONSTRAINT \"FK_808dfd0207f47927456f268a7d4\"");
    await queryRunner.query("ALTER TABLE \"target_group\" DROP COLUMN \"position\"");
    await queryRunner.query("ALTER TABLE \"theme\" DROP COLUMN \"position\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9d7a1a7dc8bfa4d612e94583b4\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_3cef2589b47d0f0ec2932bd6e3\"");
    await queryRunner.query("DROP TABLE \"practice_service_type\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_8ee896106596cf93e4f30ca5af\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_808dfd0207f47927456f268a7d\"");
    await queryRunner.query("DROP TABLE \"project_service_type\"");
    await queryRunner.query("DROP INDEX \"public\".\"IDX_9d609fa187de58c901b1d5a56a\"");
    await queryRunner.query("DROP TABLE \"service_type\"");
  }
}
