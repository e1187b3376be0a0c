import { systemActor } from '../common/principal';
import { Nomination, NominationStatus } from '../modules/nomination/nomination.entity';
import { ContentStatus } from '../common/status';
import { startTestServer, type TestServer } from './harness';

const SEED = systemActor('test');

let server: TestServer;

/** Enough records that a per-row query would show: 60 practices and 60 projects. */
async function fillDatabase(): Promise<void> {
  const { services, database } = server.obmen;
  const codes = ['PDV26', 'PDV37', 'TGV35', 'SOF46', 'VAR05', 'RSE04'];
  await database.dataSource.transaction(async (m) => {
    const theme = await services.themes.create({ label: { bg: 'Тема' } }, SEED, m);
    const org = await services.organizations.create(
      { name: { bg: 'Сдружение' }, kind: 'NGO' as never },
      SEED,
      m,
    );
    for (let i = 0; i < 60; i += 1) {
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
async function statementsFor(query: string, first: number) {
  const partner = await server.as('public');
  let data: any;
  const count = await server.countStatements(async () => {
    data = await partner.ok(query, { first });
  });
  return { count, data };
}

describe('list queries are batched', () => {
  it('practices: the same few statements for 5 and for 50 rows', async () => {
    const small = await statementsFor(PRACTICES, 5);
    const large = await statementsFor(PRACTICES, 50);
    expect(small.data.practices.edges).toHaveLength(5);
    expect(large.data.practices.edges).toHaveLength(50);
    expect(large.data.practices.edges[0].node.nominationCount).toBe(1);
    expect(large.data.practices.edges[0].node.municipalities).toHaveLength(2);
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(6);
  });

  it('projects with partners and municipalities: the same few statements for 5 and for 50 rows', async () => {
    const small = await statementsFor(PROJECTS, 5);
    const large = await statementsFor(PROJECTS, 50);
    expect(large.data.projects.edges).toHaveLength(50);
    expect(large.data.projects.edges[0].node.partners[0].organization.name).toBe('Сдружение');
    expect(large.count).toBe(small.count);
    expect(large.count).toBeLessThanOrEqual(6);
  });
});
