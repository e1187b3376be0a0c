import { parse } from 'csv-parse/sync';
import { ContentStatus } from '../../common/status';
import { systemActor, TokenScope, UserRole } from '../../common/principal';
import { type As, startTestServer, type TestServer } from '../../test/harness';
import { codes, fields } from '../../test/expect';
import { OrganizationKind } from '../organization';
import { EXPORT_LISTS } from '.';

/*
 * GET /export/<list>.csv|json|ndjson: the list as the caller reads it over GraphQL (visibility,
 * filters, token scope, policy), as a file Bulgarian Excel opens and a CSV library reads back.
 */

const SEED = systemActor('test');
let server: TestServer;
let ownToken = '';
const ids: Record<string, string> = {};

type Row = Record<string, string>;

async function download(path: string, who: As | { token: string } = 'public') {
  const headers =
    typeof who === 'object' ? { authorization: `Bearer ${who.token}` } : await server.headersFor(who);
  const response = await fetch(`${server.url}${path}`, { headers });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes, text: bytes.toString('utf8') };
}

const readCsv = (text: string, delimiter = ';'): Row[] =>
  parse(text, { bom: true, delimiter, columns: true, skip_empty_lines: true }) as Row[];

async function csvRows(path: string, who: As | { token: string } = 'public'): Promise<Row[]> {
  const { response, text } = await download(path, who);
  expect(response.status).toBe(200);
  return readCsv(text);
}

const enc = (value: unknown) => encodeURIComponent(JSON.stringify(value));

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  const s = server.obmen.services;
  const org = await s.organizations.create(
    { name: { bg: 'Сдружение „Износ“', en: 'Export Association' }, kind: OrganizationKind.NGO },
    SEED,
  );
  ids.org = org.id;
  const published = await s.practices.create(
    {
      title: { bg: 'Ранна интервенция в Търговище', en: 'Early intervention in Targovishte' },
      summary: { bg: '<p>Деца и <strong>семейства</strong>; „кавички“, нов ред</p><p>Втори абзац</p>' },
      innovator: '=HYPERLINK("http://evil.example")',
      status: ContentStatus.PUBLISHED,
      organizationId: org.id,
      municipalityCodes: ['TGV35', 'SOF46'],
    },
    SEED,
  );
  ids.published = published.id;
  const draft = await s.practices.create(
    { title: { bg: 'Чернова на практика' }, status: ContentStatus.DRAFT, organizationId: org.id },
    SEED,
  );
  ids.draft = draft.id;
  ownToken = (
    await s.access.createToken({ name: 'own', scope: TokenScope.OWN, organizationId: org.id }, SEED)
  ).token;
});
afterAll(() => server.stop());

describe('CSV', () => {
  it('is UTF-8 with a BOM, ; between fields and CRLF, with Cyrillic intact when read back', async () => {
    const { response, bytes, text } = await download('/export/practices.csv');
    expect(response.status).toBe(200);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFid;slug;status;title_bg;title_en;/);
    const rows = readCsv(text);
    const row = rows.find((r) => r.id === ids.published)!;
    expect(row.title_bg).toBe('Ранна интервенция в Търговище');
    expect(row.title_en).toBe('Early intervention in Targovishte');
    expect(row.organization_bg).toBe('Сдружение „Износ“');
    expect(row.organization_en).toBe('Export Association');
    expect(row.municipalities_bg.split(' | ').sort()).toEqual(['Столична', 'Търговище']);
    // Rich text as plain words; an untranslated text is empty in English, not Bulgarian again.
    expect(row.summary_bg).toBe('Деца и семейства ; „кавички“, нов ред Втори абзац');
    expect(row.summary_en).toBe('');
    expect(row.status).toBe('PUBLISHED');
    expect(row.published_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
  });

  it('has the same rows as the API gives the public, published only', async () => {
    const rows = await csvRows('/export/practices.csv');
    const api = await (
      await server.as('public')
    ).ok<{ practices: { edges: { node: { id: string } }[] } }>(
      '{ practices(first: 100) { edges { node { id } } } }',
    );
    expect(rows.map((r) => r.id)).toEqual(api.practices.edges.map((e) => e.node.id));
    expect(rows.map((r) => r.id)).not.toContain(ids.draft);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['PUBLISHED']));
  });

  it('defuses a cell a spreadsheet would run as a formula', async () => {
    const rows = await csvRows('/export/practices.csv');
    expect(rows.find((r) => r.id === ids.published)!.innovator).toBe(`'=HYPERLINK("http://evil.example")`);
    const json = await download('/export/practices.ndjson');
    expect(json.text).toContain('"innovator":"=HYPERLINK(\\"http://evil.example\\")"');
  });

  it('separates with , on request', async () => {
    const { response, text } = await download('/export/practices.csv?separator=,');
    expect(response.status).toBe(200);
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFid,slug,status,title_bg,/);
    expect(readCsv(text, ',').find((r) => r.id === ids.published)!.title_bg).toBe(
      'Ранна интервенция в Търговище',
    );
  });

  it('applies the list filter: one organization, one practice', async () => {
    const rows = await csvRows(`/export/practices.csv?filter=${enc({ organizationIds: [ids.org] })}`);
    expect(rows.map((r) => r.id)).toEqual([ids.published]);
    const searched = await csvRows(
      `/export/practices.csv?filter=${enc({ search: 'ранна интервенция търговище' })}`,
    );
    expect(searched.map((r) => r.id)).toContain(ids.published);
  });

  it('gives an editor the drafts too, and an OWN token only its own', async () => {
    const byEditor = await csvRows(
      `/export/practices.csv?filter=${enc({ organizationIds: [ids.org] })}`,
      UserRole.EDITOR,
    );
    expect(byEditor.map((r) => r.id).sort()).toEqual([ids.draft, ids.published].sort());
    const own = await csvRows('/export/practices.csv', { token: ownToken });
    expect(own.map((r) => r.id)).toEqual([ids.published]);
    const everyone = await csvRows('/export/practices.csv');
    expect(everyone.length).toBeGreaterThan(1);
  });

  it('answers the download headers', async () => {
    const { response } = await download('/export/practices.csv', UserRole.EDITOR);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="obmen-practices-\d{4}-\d{2}-\d{2}\.csv"; filename\*=UTF-8''obmen-practices-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('JSON and NDJSON', () => {
  it('give the same records as the CSV, one JSON object per line in NDJSON', async () => {
    const csv = await csvRows('/export/practices.csv');
    const nd = await download('/export/practices.ndjson');
    expect(nd.response.headers.get('content-type')).toBe('application/x-ndjson; charset=utf-8');
    const lines = nd.text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines.map((l) => l.id)).toEqual(csv.map((r) => r.id));
    const array = JSON.parse((await download('/export/practices.json')).text) as Record<string, unknown>[];
    expect(array).toEqual(lines);
    expect(array.find((r) => r.id === ids.published)!.title_en).toBe('Early intervention in Targovishte');
  });

  it('keep money exact: a budget of 199994.17 BGN', async () => {
    const projects = JSON.parse((await download('/export/projects.json')).text) as Record<string, unknown>[];
    const project = projects.find((p) => p.budget_amount === '199994.17');
    expect(project).toMatchObject({ budget_currency: 'BGN', budget_amount_eur: '102255.40' });
    const rows = await csvRows('/export/projects.csv');
    expect(rows.find((r) => r.id === project!.id)!.budget_amount).toBe('199994.17');
  });
});

describe('lists of more than one page', () => {
  it('page through with cursors: all 265 municipalities, once each', async () => {
    const rows = await csvRows('/export/municipalities.csv');
    expect(rows).toHaveLength(265);
    expect(new Set(rows.map((r) => r.code)).size).toBe(265);
    expect(rows.find((r) => r.code === 'TGV35')).toMatchObject({
      name_bg: 'Търговище',
      district_code: 'TGV',
    });
  });

  it('run the same statements for one row as for every row (no per-row queries)', async () => {
    const one = await server.countStatements(() =>
      csvRows(`/export/practices.csv?filter=${enc({ organizationIds: [ids.org] })}`, UserRole.EDITOR),
    );
    const all = await server.countStatements(() => csvRows('/export/practices.csv', UserRole.EDITOR));
    expect(all).toBe(one);
  });
});

describe('every list', () => {
  it('exports for an admin, with its declared columns as the header', async () => {
    for (const [list, columns] of Object.entries(EXPORT_LISTS)) {
      const { response, text } = await download(`/export/${list}.csv`, UserRole.ADMIN);
      expect([list, response.status]).toEqual([list, 200]);
      expect(text.split('\r\n')[0]).toBe(`\uFEFF${columns.map((c) => c.name).join(';')}`);
    }
    const themes = await csvRows('/export/themes.csv');
    expect(themes.length).toBeGreaterThan(0);
    expect(themes.every((t) => /[а-я]/i.test(t.label_bg))).toBe(true);
  });
});

describe('refusals', () => {
  it('an unknown list or format is NOT_FOUND', async () => {
    for (const path of ['/export/nothing.csv', '/export/webhooks.csv', '/export/practices.xlsx']) {
      const { response, text } = await download(path);
      expect(response.status).toBe(404);
      expect(codes(JSON.parse(text))).toEqual(['NOT_FOUND']);
    }
  });

  it('a bad filter, an unknown parameter or a page size is BAD_USER_INPUT naming it', async () => {
    const cases: [string, string][] = [
      [`/export/practices.csv?filter=${enc({ districtCode: ['TGV'] })}`, 'filter'],
      ['/export/practices.csv?filter=not-json', 'filter'],
      ['/export/practices.csv?colour=red', 'colour'],
      ['/export/practices.csv?first=10', 'first'],
      ['/export/practices.csv?separator=|', 'separator'],
      ['/export/practices.json?separator=,', 'separator'],
    ];
    for (const [path, field] of cases) {
      const { response, text } = await download(path);
      expect([path, response.status]).toEqual([path, 400]);
      const answer = JSON.parse(text);
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(fields(answer)).toEqual([field]);
    }
    // Refused by the list itself (as over GraphQL), before the first byte: still a JSON error.
    const relevance = await download(`/export/practices.csv?orderBy=${enc({ field: 'RELEVANCE' })}`);
    expect(relevance.response.status).toBe(400);
    expect(relevance.response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(codes(JSON.parse(relevance.text))).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses nominations to whom the API refuses them', async () => {
    const publicAnswer = await download('/export/nominations.csv');
    expect(publicAnswer.response.status).toBe(401);
    expect(codes(JSON.parse(publicAnswer.text))).toEqual(['UNAUTHENTICATED']);
    const partner = await download('/export/nominations.csv', 'partner');
    expect(partner.response.status).toBe(403);
    expect(codes(JSON.parse(partner.text))).toEqual(['FORBIDDEN']);
    const editor = await download('/export/auditLog.csv', UserRole.EDITOR);
    expect(editor.response.status).toBe(403);
    expect((await download('/export/nominations.csv', UserRole.MODERATOR)).response.status).toBe(200);
  });
});
