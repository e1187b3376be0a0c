import { SqlLogger } from '../../db/sql-logger';
import { startModuleServer, type TestServer } from '../../test/harness';
import { practice as practiceModule } from '../practice';

/**
 * A list reads the long texts only when its query shows them: the answers are the same as when
 * every column was read, and the statement leaves out what nobody asked for.
 */
let server: TestServer;
const LONG = 'Дълъг текст за практиката. '.repeat(200).trim();

beforeAll(async () => {
  server = await startModuleServer([practiceModule]);
  for (const [kind, texts] of [
    ['Practice', 'summary: { bg: $long, en: "Summary" }, results: { bg: $long }'],
    ['Project', 'summary: { bg: $long }, generalGoal: { bg: $long, en: "Goal" }'],
  ]) {
    await server.ok(
      `mutation($long: String!) { c: create${kind}(input: { title: { bg: "Списъчна ${kind}" }, status: PUBLISHED, ${texts} }) { id } }`,
      { long: LONG },
    );
  }
});
afterAll(() => server.stop());

/** The statements a query sends, with the answer; the search's typo lookup (search_word) is left out. */
async function sqlOf(query: string) {
  const sql = jest.spyOn(SqlLogger.prototype, 'logQuery');
  try {
    const data = await (await server.as('public')).ok(query);
    const texts = sql.mock.calls.map(([text]) => text);
    return { data, sql: texts.filter((text) => !text.includes('FROM search_word')) };
  } finally {
    sql.mockRestore();
  }
}

describe.each([
  ['practices', ['summary', 'background', 'practice', 'results'], 'summary results'],
  ['projects', ['summary', 'general_goal', 'specific_objectives', 'activities'], 'summary generalGoal'],
])('%s', (list, longColumns, shown) => {
  const filter = `filter: { search: "Списъчна" }`;

  it('leaves the long texts out of the statement when the query shows none', async () => {
    const { data, sql } = await sqlOf(`{ ${list}(${filter}) { edges { node { id title } } } }`);
    expect(data[list].edges).toHaveLength(1);
    const page = sql.filter((text) => text.includes('LIMIT'));
    expect(page).toHaveLength(1);
    for (const column of longColumns)
      expect([column, page[0].includes(`."${column}"`)]).toEqual([column, false]);
    expect(page[0]).toContain('."title"');
  });

  it('reads the texts a query shows, through fragments too, whole, in the language asked', async () => {
    const fields = shown.split(' ');
    const direct = await sqlOf(`{ ${list}(${filter}, locale: EN) { edges { node { ${shown} } } } }`);
    const viaFragment = await sqlOf(
      `{ ${list}(${filter}, locale: EN) { edges { ...E } } } fragment E on ${list === 'practices' ? 'Practice' : 'Project'}Edge { node { ... on ${list === 'practices' ? 'Practice' : 'Project'} { ${shown} } } }`,
    );
    for (const answer of [direct.data, viaFragment.data]) {
      const node = answer[list].edges[0].node;
      expect(fields.map((f) => node[f])).toEqual(
        fields.map((f) =>
          f === 'summary' && list === 'practices' ? 'Summary' : f === 'generalGoal' ? 'Goal' : LONG,
        ),
      );
    }
  });

  it('reads every text when the nodes’ localization is asked: it names each field served in Bulgarian', async () => {
    const { data } = await sqlOf(
      `{ ${list}(${filter}, locale: EN) { edges { node { localization { served fallbackFields } } } } }`,
    );
    const { localization } = data[list].edges[0].node;
    expect(localization.served).toBe('EN');
    expect(localization.fallbackFields).toEqual(
      expect.arrayContaining(list === 'practices' ? ['title', 'results'] : ['title', 'summary']),
    );
  });
});

describe('a related record carried in the list statement (common/prefetch.ts)', () => {
  const filter = `filter: { search: "Свързана" }`;

  beforeAll(async () => {
    const { o } = await server.ok(
      `mutation($long: String!) { o: createOrganization(input: { name: { bg: "Читалище" }, kind: NGO, description: { bg: $long } }) { id } }`,
      { long: LONG },
    );
    await server.ok(
      `mutation($org: ID!) { createPractice(input: { title: { bg: "Свързана практика" }, status: PUBLISHED, organizationId: $org }) { id } }`,
      { org: o.id },
    );
  });

  it('leaves out its long texts when the query shows none of them', async () => {
    const { data, sql } = await sqlOf(
      `{ practices(${filter}) { edges { node { organization { name } } } } }`,
    );
    expect(data.practices.edges[0].node.organization).toEqual({ name: 'Читалище' });
    expect(sql).toHaveLength(1);
    expect(sql[0]).toContain(`- 'description'`);
  });

  it('reads a long text the query shows, and all of them for its localization', async () => {
    const { data, sql } = await sqlOf(
      `{ practices(${filter}, locale: EN) { edges { node { organization { description localization { fallbackFields } } } } } }`,
    );
    const { organization } = data.practices.edges[0].node;
    expect(organization.description).toBe(LONG);
    expect(organization.localization.fallbackFields).toEqual(expect.arrayContaining(['name', 'description']));
    expect(sql).toHaveLength(1);
    expect(sql[0]).not.toContain(`- 'description'`);
  });
});
