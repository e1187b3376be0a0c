import { UserRole } from '../../common/principal';
import { codes } from '../../test/expect';
import { type As, startModuleServer, type TestServer } from '../../test/harness';
import { parseSpreadsheet, SPREADSHEET_COLUMNS } from './sources/spreadsheet';
import { importModule } from '.';

/*
 * GET /import/templates/<kind>.csv: the spreadsheet an editor downloads from the admin, fills in
 * and imports. What comes down must import as it is, and only those who may import get it.
 */

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([importModule]);
});
afterAll(() => server.stop());

async function download(path: string, who: As) {
  const response = await fetch(`${server.url}${path}`, { headers: await server.headersFor(who) });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { response, bytes, text: bytes.toString('utf8') };
}

const FILES = [
  ['organizations', 'organization'],
  ['practices', 'practice'],
  ['projects', 'project'],
] as const;

describe('import templates', () => {
  it.each(FILES)('%s.csv downloads as a file that imports one record with no problem', async (file, kind) => {
    const { response, bytes, text } = await download(`/import/templates/${file}.csv`, UserRole.EDITOR);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="obmen-${file}-template.csv"`,
    );
    // A BOM, so Excel reads the Cyrillic as UTF-8; `;`, Excel's separator in Bulgarian locales.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text.slice(1).split('\r\n')[0]).toBe(SPREADSHEET_COLUMNS[kind].map((c) => c.name).join(';'));

    const parsed = parseSpreadsheet([{ name: `${file}.csv`, text }]);
    expect(parsed.refused).toEqual([]);
    expect(parsed.warnings ?? []).toEqual([]);
    expect(parsed.drafts).toHaveLength(1);
    expect(parsed.drafts[0]).toMatchObject({ type: kind, problems: [] });
  });

  it('is for admins too', async () => {
    expect((await download('/import/templates/practices.csv', UserRole.ADMIN)).response.status).toBe(200);
  });

  it('asks the public to sign in and refuses a partner token and a moderator', async () => {
    const anonymous = await download('/import/templates/practices.csv', 'public');
    expect(anonymous.response.status).toBe(401);
    expect(codes(JSON.parse(anonymous.text))).toEqual(['UNAUTHENTICATED']);
    for (const who of ['partner', UserRole.MODERATOR, UserRole.COORDINATOR] as const) {
      const refused = await download('/import/templates/practices.csv', who);
      expect([who, refused.response.status]).toEqual([who, 403]);
      expect(codes(JSON.parse(refused.text))).toEqual(['FORBIDDEN']);
    }
  });

  it('answers NOT_FOUND for a kind or format it has no template of', async () => {
    for (const file of ['volunteers.csv', 'practices.xlsx', 'practice.csv', 'toString']) {
      const { response, text } = await download(`/import/templates/${file}`, UserRole.EDITOR);
      expect([file, response.status]).toEqual([file, 404]);
      expect(codes(JSON.parse(text))).toEqual(['NOT_FOUND']);
    }
  });
});
