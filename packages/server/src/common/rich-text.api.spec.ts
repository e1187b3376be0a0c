import { UserRole } from './principal';
import { startTestServer, type Client, type TestServer } from '../test/harness';

let server: TestServer;
let editor: Client;

const HOSTILE =
  '<p onclick="steal()">Hi<script>alert(1)</script><a href="javascript:alert(1)">x</a> ' +
  '<a href="https://flgr.bg" target="_blank">FLGR</a><img src="x" onerror="alert(1)"></p>';
const CLEAN = '<p>Hix <a href="https://flgr.bg" rel="noopener noreferrer nofollow">FLGR</a></p>';
const PLAIN = 'Сдружение „Равновесие“ & партньори: "деца" <6 г.\n\nВтори абзац';

const PRACTICE_TEXTS = `id version summary background practice results`;

async function readPractice(id: string, locale: 'BG' | 'EN') {
  const query = `query($id: ID!, $locale: Locale) { practice(id: $id, locale: $locale) { ${PRACTICE_TEXTS} } }`;
  return (await editor.ok<any>(query, { id, locale })).practice;
}

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.as(UserRole.EDITOR);
});
afterAll(() => server.stop());

describe('rich texts through the API', () => {
  it('stores and serves a practice text sanitized in both languages, plain text unchanged', async () => {
    const { createPractice } = await editor.ok<any>(
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { ${PRACTICE_TEXTS} } }`,
      {
        input: {
          title: { bg: 'Практика с <b>таг</b> в заглавието' },
          summary: { bg: HOSTILE, en: HOSTILE },
          background: { bg: PLAIN, en: 'Plain & "quoted"' },
        },
      },
    );
    expect(createPractice.summary).toBe(CLEAN);
    expect(createPractice.background).toBe(PLAIN);
    const english = await readPractice(createPractice.id, 'EN');
    expect(english.summary).toBe(CLEAN);
    expect(english.background).toBe('Plain & "quoted"');
  });

  it('sanitizes on update too, and refuses a Bulgarian text that cleans away to nothing', async () => {
    const { createPractice: created } = await editor.ok<any>(
      `mutation { createPractice(input: { title: { bg: "Втора практика" } }) { id version } }`,
    );
    const update = (patch: Record<string, unknown>) =>
      editor.gql<any>(
        `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { ${PRACTICE_TEXTS} } }`,
        { input: { id: created.id, version: created.version, ...patch } },
      );
    const emptied = await update({ results: { bg: '<p><script>alert(1)</script></p>' } });
    expect(emptied.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'results.bg' })],
    });
    const updated = await update({ practice: { bg: HOSTILE } });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updatePractice.practice).toBe(CLEAN);
  });

  it('sanitizes a project goal but keeps its title and list items as sent', async () => {
    const { createProject } = await editor.ok<any>(
      `mutation($input: CreateProjectInput!) {
        createProject(input: $input) { title summary generalGoal specificObjectives }
      }`,
      {
        input: {
          title: { bg: 'Проект „A & B“' },
          summary: { bg: PLAIN },
          generalGoal: { bg: HOSTILE },
          specificObjectives: [{ bg: 'Цел 1 & 2' }],
        },
      },
    );
    expect(createProject).toEqual({
      title: 'Проект „A & B“',
      summary: PLAIN,
      generalGoal: CLEAN,
      specificObjectives: ['Цел 1 & 2'],
    });
  });

  it('sanitizes an organization description', async () => {
    const { createOrganization } = await editor.ok<any>(
      `mutation($input: CreateOrganizationInput!) { createOrganization(input: $input) { description } }`,
      { input: { name: { bg: 'Сдружение „Рич“' }, kind: 'NGO', description: { bg: HOSTILE } } },
    );
    expect(createOrganization.description).toBe(CLEAN);
  });
});
