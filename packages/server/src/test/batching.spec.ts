import { systemActor } from '../common/principal';
import { Nomination, NominationStatus } from '../modules/nomination/nomination.entity';
import { ContentStatus } from '../common/status';
import { DETAIL_QUERY, listQuery } from '../bench/shapes';
import { startTestServer, type TestServer } from './harness';

const SEED = systemActor('test');

let server: TestServer;

const ROWS = 100;

/** Enough records that a per-row query would show: 100 practices and 100 projects. */
async function fillDatabase(): Promise<void> {
  const { services, database } = server.obmen;
  const codes = ['PDV26', 'PDV37', 'TGV35', 'SOF46', 'VAR05', 'RSE04'];
  await database.dataSource.transaction(async (m) => {
    const theme = await services.themes.create({ label: { bg: 'Тема' } }, SEED, m);
    const group = await services.targetGroups.create({ label: { bg: 'Деца' } }, SEED, m);
    const org = await services.organizations.create(
      { name: { bg: 'Сдружение' }, kind: 'NGO' as never },
      SEED,
      m,
    );
    for (let i = 0; i < ROWS; i += 1) {
      const project = await services.projects.create(
        {
          title: { bg: `Проект ${i}` },
          leadOrganizationId: org.id,
          partners: [{ organizationId: org.id, role: 'PARTNER' as never }],
          municipalityCodes: [codes[i % 6], codes[(i + 1) % 6]],
          status: ContentStatus.PUBLISHED,
        },
        SEED,
        m,
      );
      const practice = await services.practices.create(
        {
          title: { bg: `Практика ${i}` },
          organizationId: org.id,
          municipalityCodes: [codes[i % 6], codes[(i + 2) % 6]],
          themes: [theme.slug],
          targetGroups: [group.slug],
          indicators: [
            { label: { bg: 'Деца' }, value: '12.5', unit: { bg: 'бр.' }, targetGroup: group.slug },
            { label: { bg: 'Семейства' }, value: '3', unit: { bg: 'бр.' } },
          ],
          adoptions: [{ municipalityCode: codes[(i + 3) % 6], year: 2020 }],
          projectIds: [project.id],
          status: ContentStatus.PUBLISHED,
        },
        SEED,
        m,
      );
      await m.insert(Nomination, {
        practiceId: practice.id,
        nominatorName: 'Иван Петров',
        nominatorEmail: `ivan${i}@example.org`,
        status: NominationStatus.APPROVED,
      });
    }
  });
}

beforeAll(async () => {
  server = await startTestServer();
  await fillDatabase();
});
afterAll(() => server.stop());

const PRACTICES = `query ($first: Int!) {
  practices(first: $first) {
    totalCount
    edges { node {
      title
      municipalities { code nameBg district { code nameBg } }
      organization { name }
      themes { slug label }
      projects { title }
      nominationCount
    } }
  }
}`;

const PROJECTS = `query ($first: Int!) {
  projects(first: $first) {
    totalCount
    edges { node {
      title
      partners { role organization { name } }
      municipalities { code district { code } }
      leadOrganization { name }
    } }
  }
}`;

/** As a partner site reads: anonymously, published content only. */
async function statementsFor(query: string, variables: Record<string, unknown>) {
  const partner = await server.as('public');
  let data: any;
  const count = await server.countStatements(async () => {
    data = await partner.ok(query, variables);
  });
  return { count, data };
}

describe('list queries are batched', () => {
  it('practices: the same few statements for 5 and for 50 rows', async () => {
    const small = await statementsFor(PRACTICES, { first: 5 });
    const large = await statementsFor(PRACTICES, { first: 50 });
    expect(small.data.practices.edges).toHaveLength(5);
    expect(large.data.practices.edges).toHaveLength(50);
    expect(large.data.practices.edges[0].node.nominationCount).toBe(1);
    expect(large.data.practices.edges[0].node.municipalities).toHaveLength(2);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(6);
  });

  it('projects with partners and municipalities: the same few statements for 5 and for 50 rows', async () => {
    const small = await statementsFor(PROJECTS, { first: 5 });
    const large = await statementsFor(PROJECTS, { first: 50 });
    expect(large.data.projects.edges).toHaveLength(50);
    expect(large.data.projects.edges[0].node.partners[0].organization.name).toBe('Сдружение');
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(6);
  });
});

/*
 * The benchmark's shapes (src/bench/shapes.ts): a partner's home page (Q1) and a practice page
 * (Q2) each in at most 3 statements, whatever the page size — their relations come in the
 * statement that reads the practices (common/prefetch.ts).
 */
describe("the benchmark's partner reads", () => {
  it.each([1, 20, 100])('Q1 practices(first: %i) with its relations: at most 3 statements', async (first) => {
    const { count, data } = await statementsFor(listQuery(`first: ${first}`), {});
    expect(data.practices.edges).toHaveLength(first);
    const node = data.practices.edges[0].node;
    expect(node).toMatchObject({
      nominationCount: 1,
      organization: { name: 'Сдружение' },
      themes: [{ label: 'Тема' }],
    });
    expect(node.municipalities).toHaveLength(2);
    expect(node.municipalities[0].district.nameBg).toEqual(expect.any(String));
    expect(count).toBeLessThanOrEqual(3);
  });

  it('Q2 one practice with every text, relation and indicator: at most 3 statements', async () => {
    const { data: list } = await statementsFor('{ practices(first: 1) { edges { node { slug } } } }', {});
    const slug = list.practices.edges[0].node.slug;
    const { count, data } = await statementsFor(DETAIL_QUERY, { slug });
    expect(data.practice).toMatchObject({
      slug,
      nominationCount: 1,
      organization: { name: 'Сдружение' },
      themes: [{ label: 'Тема' }],
      targetGroups: [{ label: 'Деца' }],
      indicators: [
        { label: 'Деца', value: '12.50', targetGroup: { label: 'Деца' } },
        { label: 'Семейства', value: '3.00', targetGroup: null },
      ],
      adoptions: [{ year: 2020, municipality: { code: expect.any(String) } }],
      projects: [{ title: expect.stringMatching(/^Проект /) }],
    });
    expect(count).toBeLessThanOrEqual(3);
  });
});
