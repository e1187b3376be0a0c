import type { Client } from 'pg';
import { prepareDatabase } from '../app/bootstrap';
import type { Logger } from '../app/logger';
import { withClient } from './database';
import { inProcessConfig } from './obmen-config';

/** Written last: a database with this row (and `rows` equal) holds the whole export dataset. */
const MARKER = 'bench_export_dataset';
const SLUG = 'iznos-';

/** Words of FLGR's register, for texts of realistic size and bytes (Cyrillic: two bytes a letter). */
const WORDS = (
  'община социална услуга деца семейства възрастни хора увреждания подкрепа общност център ' +
  'дневен грижа приемна патронажна доставка храна помощ асистент личен домашен социален ' +
  'интеграция образование училище детска градина здраве медицинска сестра рехабилитация ' +
  'консултация психолог родители младежи доброволци партньорство организация проект ' +
  'програма финансиране европейски фонд развитие ресурси иновация практика резултат ' +
  'устойчивост качество достъп село град регион област служител обучение мрежа екип кметство'
).split(' ');

/** A paragraph of 60–180 random words (about 1–3 KB), different for every row `i`. */
const paragraph = (row: string) =>
  `'<p>' || (SELECT string_agg(($1::text[])[1 + floor(random() * array_length($1::text[], 1))::int], ' ') ` +
  `FROM generate_series(1, 60 + ((${row}) % 121))) || '</p>'`;

/**
 * `rows` published practices in one statement per table (generate_series): bilingual titles (half
 * translated), two 1–3 KB Bulgarian rich texts, an organization, one or two municipalities.
 */
async function insertPractices(client: Client, rows: number): Promise<void> {
  await client.query('BEGIN');
  await client.query(
    `INSERT INTO organization (id, created_at, updated_at, version, bg_revised_at, name, slug, kind)
     SELECT gen_random_uuid(), now(), now(), 1, now(), jsonb_build_object('bg', 'Сдружение ' || g, 'en', 'Association ' || g),
            '${SLUG}org-' || g, 'NGO'
     FROM generate_series(1, 50) g`,
  );
  await client.query(
    `INSERT INTO practice (id, created_at, updated_at, version, bg_revised_at, title, slug, summary, practice,
                           period_from, period_precision, organization_id, status, published_at)
     SELECT gen_random_uuid(), now() - i * interval '1 minute', now(), 1, now(),
            jsonb_build_object('bg', 'Практика за подкрепа на семейства № ' || i,
                               'en', CASE WHEN i % 2 = 0 THEN 'Family support practice no. ' || i END),
            '${SLUG}' || i,
            jsonb_build_object('bg', ${paragraph('i')}),
            jsonb_build_object('bg', ${paragraph('i + 7')}),
            date '2015-01-01' + (i % 3000), 'DAY',
            (SELECT id FROM organization WHERE slug = '${SLUG}org-' || (1 + i % 50)),
            'PUBLISHED', now() - i * interval '1 minute'
     FROM generate_series(1, $2::int) i`,
    [WORDS, rows],
  );
  await client.query(
    `INSERT INTO practice_municipality (practice_id, municipality_code)
     SELECT p.id, m.code FROM practice p
     CROSS JOIN LATERAL (SELECT substring(p.slug from '[0-9]+$')::int AS n) k
     CROSS JOIN LATERAL (SELECT code FROM municipality ORDER BY code OFFSET k.n % 260 LIMIT 1 + k.n % 2) m
     WHERE p.slug ~ '^${SLUG}[0-9]+$'`,
  );
  await client.query(`CREATE TABLE ${MARKER} (rows int NOT NULL, completed_at timestamptz NOT NULL)`);
  await client.query(`INSERT INTO ${MARKER} VALUES ($1, now())`, [rows]);
  await client.query('COMMIT');
  await client.query('ANALYZE');
}

async function markedRows(client: Client): Promise<number | null> {
  const { rows } = await client.query<{ found: boolean }>(
    `SELECT to_regclass('${MARKER}') IS NOT NULL AS found`,
  );
  if (!rows[0].found) return null;
  const marked = await client.query<{ rows: number }>(`SELECT rows FROM ${MARKER}`);
  return marked.rows[0]?.rows ?? null;
}

/**
 * The database the export is measured on: DATABASE_URL when given (it must be empty or hold
 * this dataset of the same size), else `obmen_bench_export_<rows>` on PG_ADMIN_URL's server,
 * created (or re-created: only that name is ever dropped) when it does not hold the dataset.
 */
export async function prepareExportDatabase(
  rows: number,
  logger: Logger,
  log: (line: string) => void,
): Promise<string> {
  const given = process.env.DATABASE_URL?.trim();
  const admin = process.env.PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = `obmen_bench_export_${rows}`;
  const url = given || Object.assign(new URL(admin), { pathname: `/${name}` }).toString();
  if (!given) {
    const exists = await withClient(admin, async (client) => {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
      return found.rowCount === 1;
    });
    const complete = exists && (await withClient(url, markedRows)) === rows;
    if (!complete) {
      await withClient(admin, async (client) => {
        if (exists) await client.query(`DROP DATABASE ${name} WITH (FORCE)`);
        await client.query(`CREATE DATABASE ${name}`);
      });
    }
  }
  const { database } = await prepareDatabase(inProcessConfig({ kind: 'postgres', url }), logger);
  await database.close();
  await withClient(url, async (client) => {
    const marked = await markedRows(client);
    if (marked === rows) return;
    const { rows: counted } = await client.query<{ n: string }>('SELECT count(*) AS n FROM practice');
    if (marked !== null || Number(counted[0].n) > 0) {
      throw new Error(`${given ? 'DATABASE_URL' : name} holds other practices: give an empty database`);
    }
    log(`inserting ${rows} practices…`);
    await insertPractices(client, rows);
  });
  return url;
}
