import { phrase, richText } from './bulgarian';
import { Random } from '../common/random';
import type { Sizes } from './sizes';
import { insertRows, type Sql } from './sql';

/** Bump when the generated rows change, so cached databases of the old shape are not reused. */
export const GENERATOR_VERSION = 1;
const SEED = 20260101;

/** Written last, in the same transaction: a database with this row holds the whole dataset. */
export const MARKER_TABLE = 'bench_dataset';

const THEMES = [
  'Деца и семейства',
  'Възрастни хора',
  'Хора с увреждания',
  'Образование',
  'Здраве',
  'Заетост',
  'Социално включване',
  'Жилищна политика',
  'Доброволчество',
  'Дигитални услуги',
  'Култура',
  'Околна среда',
];
const TARGET_GROUPS = [
  'Деца в риск',
  'Самотно живеещи',
  'Младежи',
  'Безработни',
  'Роми',
  'Хора с психични затруднения',
  'Бежанци',
  'Родители',
];
const KINDS = ['NGO', 'MUNICIPALITY', 'FOUNDATION', 'PUBLIC_AGENCY', 'ACADEMIC', 'BUSINESS'];
const NOMINATION_STATUSES = ['APPROVED', 'APPROVED', 'APPROVED', 'PENDING', 'REJECTED', 'SPAM'];
const START = Date.UTC(2012, 0, 1);
const DAY = 86_400_000;

const text = (bg: string) => JSON.stringify({ bg, en: null });

/** A moment after START with millisecond precision, as JavaScript (and so GraphQL) keeps it. */
const moment = (random: Random, days: number) => new Date(START + Math.floor(random.next() * days * DAY));

const date = (at: Date) => at.toISOString().slice(0, 10);

/** Rows for one kind of record are built in memory and written in large batches. */
export async function generateDataset(sql: Sql, sizes: Sizes): Promise<void> {
  const random = new Random(SEED);
  const municipalities = (
    (await sql.query('SELECT code FROM municipality ORDER BY code')) as { code: string }[]
  ).map((row) => row.code);
  if (!municipalities.length) throw new Error('no municipalities: start Obmen once on the database first');
  const stamp = (days = 3650) => {
    const at = moment(random, days);
    return [at, at, 1, at];
  };

  const themes = THEMES.map((label, i) => [random.uuid(), ...stamp(), `tema-${i + 1}`, text(label)]);
  const targetGroups = TARGET_GROUPS.map((label, i) => [
    random.uuid(),
    ...stamp(),
    `grupa-${i + 1}`,
    text(label),
  ]);
  const base = ['id', 'created_at', 'updated_at', 'version', 'bg_revised_at'];
  await insertRows(sql, 'theme', [...base, 'slug', 'label'], themes);
  await insertRows(sql, 'target_group', [...base, 'slug', 'label'], targetGroups);

  const organizations = Array.from({ length: sizes.organizations }, (_, i) => [
    random.uuid(),
    ...stamp(),
    text(`${phrase(random, 2, 4)} ${i + 1}`),
    `organizatsia-${i + 1}`,
    random.pick(KINDS),
    random.pick(municipalities),
    text(richText(random, 300, 900)),
    `info${i + 1}@example.org`,
  ]);
  await insertRows(
    sql,
    'organization',
    [...base, 'name', 'slug', 'kind', 'municipality_code', 'description', 'contact_email'],
    organizations,
  );

  const projects = Array.from({ length: sizes.projects }, (_, i) => {
    const [at] = stamp();
    return [
      random.uuid(),
      at,
      at,
      1,
      at,
      text(phrase(random, 4, 9)),
      `proekt-${i + 1}`,
      text(richText(random, 500, 1500)),
      'PUBLISHED',
      at,
    ];
  });
  await insertRows(sql, 'project', [...base, 'title', 'slug', 'summary', 'status', 'published_at'], projects);

  await generatePractices(sql, sizes, random, {
    municipalities,
    themes: themes.map((row) => row[0] as string),
    targetGroups: targetGroups.map((row) => row[0] as string),
    organizations: organizations.map((row) => row[0] as string),
    projects: projects.map((row) => row[0] as string),
  });

  await sql.query(
    `CREATE TABLE ${MARKER_TABLE} (version int NOT NULL, size text NOT NULL, completed_at timestamptz NOT NULL)`,
  );
  await sql.query(`INSERT INTO ${MARKER_TABLE} VALUES ($1, $2, now())`, [GENERATOR_VERSION, sizes.name]);
}

interface References {
  municipalities: string[];
  themes: string[];
  targetGroups: string[];
  organizations: string[];
  projects: string[];
}

/** Practices with their links, indicators and adoptions, then the nominations, a batch at a time. */
async function generatePractices(sql: Sql, sizes: Sizes, random: Random, refs: References) {
  const ids: string[] = [];
  const BATCH = 250;
  for (let start = 0; start < sizes.practices; start += BATCH) {
    const practices: unknown[][] = [];
    const links = {
      municipality: [] as unknown[][],
      theme: [] as unknown[][],
      targetGroup: [] as unknown[][],
      project: [] as unknown[][],
    };
    const indicators: unknown[][] = [];
    const adoptions: unknown[][] = [];
    for (let i = start; i < Math.min(sizes.practices, start + BATCH); i++) {
      const id = random.uuid();
      ids.push(id);
      const created = moment(random, 3650);
      const published = new Date(created.getTime() + random.int(0, 30) * DAY + random.int(0, DAY));
      const from = random.chance(0.7) ? moment(random, 3000) : null;
      const to = from && random.chance(0.6) ? new Date(from.getTime() + random.int(30, 900) * DAY) : null;
      practices.push([
        id,
        created,
        published,
        1,
        created,
        text(`${phrase(random, 3, 8)} (${i + 1})`),
        `praktika-${i + 1}`,
        text(richText(random, 2048, 4096)),
        text(richText(random, 2048, 4096)),
        text(richText(random, 2048, 4096)),
        text(richText(random, 2048, 4096)),
        from && date(from),
        to && date(to),
        random.pick(['DAY', 'MONTH', 'YEAR']),
        random.chance(0.9) ? random.pick(refs.organizations) : null,
        random.chance(0.5) ? random.pick(['ros', 'flgr', 'община']) : null,
        'PUBLISHED',
        published,
        random.chance(0.5) ? phrase(random, 2, 3) : null,
        random.chance(0.5) ? `практика${i + 1}@example.org` : null,
      ]);
      for (const code of random.sample(refs.municipalities, random.int(1, 3)))
        links.municipality.push([id, code]);
      for (const theme of random.sample(refs.themes, random.int(1, 3))) links.theme.push([id, theme]);
      for (const group of random.sample(refs.targetGroups, random.int(0, 2)))
        links.targetGroup.push([id, group]);
      for (const project of random.sample(refs.projects, random.int(0, 2))) links.project.push([id, project]);
      const indicatorCount = random.int(0, 4);
      for (let position = 0; position < indicatorCount; position++) {
        indicators.push([
          random.uuid(),
          id,
          position,
          text(phrase(random, 2, 5)),
          (random.int(1, 5_000_000) / 100).toFixed(2),
          text(random.pick(['души', 'семейства', 'часа', 'лв.'])),
          random.chance(0.5) ? String(random.int(2014, 2024)) : null,
          random.chance(0.4) ? random.pick(refs.targetGroups) : null,
        ]);
      }
      for (const code of random.sample(refs.municipalities, random.int(0, 2))) {
        adoptions.push([
          random.uuid(),
          id,
          code,
          random.int(2010, 2024),
          random.chance(0.5) ? text(phrase(random, 4, 10)) : null,
        ]);
      }
    }
    await insertRows(
      sql,
      'practice',
      [
        'id',
        'created_at',
        'updated_at',
        'version',
        'bg_revised_at',
        'title',
        'slug',
        'summary',
        'background',
        'practice',
        'results',
        'period_from',
        'period_to',
        'period_precision',
        'organization_id',
        'innovator',
        'status',
        'published_at',
        'contact_person',
        'contact_email',
      ],
      practices,
      // About 12 KB a row: batches of 50 keep a statement near half a megabyte.
      50,
    );
    await insertRows(sql, 'practice_municipality', ['practice_id', 'municipality_code'], links.municipality);
    await insertRows(sql, 'practice_theme', ['practice_id', 'theme_id'], links.theme);
    await insertRows(sql, 'practice_target_group', ['practice_id', 'target_group_id'], links.targetGroup);
    await insertRows(sql, 'practice_project', ['practice_id', 'project_id'], links.project);
    await insertRows(
      sql,
      'indicator',
      ['id', 'practice_id', 'position', 'label', 'value', 'unit', 'period', 'target_group_id'],
      indicators,
    );
    await insertRows(
      sql,
      'practice_adoption',
      ['id', 'practice_id', 'municipality_code', 'year', 'note'],
      adoptions,
    );
  }
  await generateNominations(sql, sizes, random, ids);
}

async function generateNominations(sql: Sql, sizes: Sizes, random: Random, practices: string[]) {
  const BATCH = 5000;
  for (let start = 0; start < sizes.nominations; start += BATCH) {
    const rows: unknown[][] = [];
    for (let i = start; i < Math.min(sizes.nominations, start + BATCH); i++) {
      const at = moment(random, 3650);
      const email = `nominator${i + 1}@example.org`;
      rows.push([
        random.uuid(),
        at,
        at,
        1,
        random.pick(practices),
        phrase(random, 2, 2),
        email,
        email,
        phrase(random, 6, 20),
        random.pick(NOMINATION_STATUSES),
      ]);
    }
    await insertRows(
      sql,
      'nomination',
      [
        'id',
        'created_at',
        'updated_at',
        'version',
        'practice_id',
        'nominator_name',
        'nominator_email',
        'email_normalized',
        'reason',
        'status',
      ],
      rows,
    );
  }
}
