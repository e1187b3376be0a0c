import { ContentStatus } from '../../common/status';
import { systemActor, TokenScope } from '../../common/principal';
import { startModuleServer, type TestServer } from '../../test/harness';
import { codes } from '../../test/expect';
import { OrganizationKind } from '../organization';
import { MembershipRole, NetworkScope, partnerNetwork } from '../partner-network';
import { practice as practiceModule } from '../practice';
import { project } from '../project';
import { search } from '../search';
import { statistics } from '../statistics';

/*
 * A token of scope OWN reads only its own published content: its organization's (or its network's
 * member organizations') practices and projects, those organizations, and its networks — in lists,
 * lookups, relations, the search, facets and statistics alike. An ALL_PUBLISHED token reads all.
 */

const SEED = systemActor('test');
let server: TestServer;
const ids: Record<string, string> = {};
const slugs: Record<string, string> = {};
const tokens: Record<'ownA' | 'ownNetwork' | 'all', string> = { ownA: '', ownNetwork: '', all: '' };

beforeAll(async () => {
  server = await startModuleServer([partnerNetwork, practiceModule, project, search, statistics]);
  const s = server.obmen.services;
  for (const name of ['A', 'B', 'C']) {
    const org = await s.organizations.create(
      { name: { bg: `Организация ${name}` }, kind: OrganizationKind.NGO },
      SEED,
    );
    ids[name] = org.id;
  }
  const theme = await s.themes.create({ label: { bg: 'Читалища' } }, SEED);
  const practice = async (key: string, organization: string, status = ContentStatus.PUBLISHED) => {
    const created = await s.practices.create(
      {
        title: { bg: `Читалищна практика ${key}` },
        status,
        organizationId: ids[organization],
        themes: [theme.slug],
        municipalityCodes: ['SOF46'],
      },
      SEED,
    );
    slugs[key] = created.slug;
    ids[key] = created.id;
  };
  await practice('pA', 'A');
  await practice('pB', 'B');
  await practice('pC', 'C');
  await practice('draftA', 'A', ContentStatus.DRAFT);
  for (const [key, lead] of [
    ['prA', 'A'],
    ['prB', 'B'],
  ]) {
    const project = await s.projects.create(
      {
        title: { bg: `Читалищен проект ${key}` },
        status: ContentStatus.PUBLISHED,
        leadOrganizationId: ids[lead],
      },
      SEED,
    );
    ids[key] = project.id;
  }
  const network = await s.networks.create(
    {
      name: { bg: 'Мрежа на читалищата' },
      scope: NetworkScope.REGIONAL,
      memberships: ['A', 'C'].map((name) => ({
        organizationId: ids[name],
        role: MembershipRole.MEMBER,
        joinedOn: '2020-01-01',
      })),
    },
    SEED,
  );
  ids.N = network.id;
  slugs.network = network.slug;
  const other = await s.networks.create(
    { name: { bg: 'Друга мрежа' }, scope: NetworkScope.NATIONAL, memberships: [] },
    SEED,
  );
  ids.N2 = other.id;
  const token = async (scope: TokenScope, owner: { organizationId?: string; networkId?: string }) =>
    (await s.access.createToken({ name: `token ${scope}`, scope, ...owner }, SEED)).token;
  tokens.ownA = await token(TokenScope.OWN, { organizationId: ids.A });
  tokens.ownNetwork = await token(TokenScope.OWN, { networkId: ids.N });
  tokens.all = await token(TokenScope.ALL_PUBLISHED, { organizationId: ids.A });
});
afterAll(() => server.stop());

async function as(token: keyof typeof tokens, query: string): Promise<{ data?: any; errors?: any[] }> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[token]}` },
    body: JSON.stringify({ query }),
  });
  return (await response.json()) as { data?: any; errors?: any[] };
}

const slugsOf = (connection: { edges: { node: { slug: string } }[] }) =>
  connection.edges.map((e) => e.node.slug).sort();
const idsOf = (connection: { edges: { node: { id: string } }[] }) =>
  connection.edges.map((e) => e.node.id).sort();
const sorted = (...keys: string[]) => keys.map((k) => slugs[k] ?? ids[k]).sort();

describe('an API token of scope OWN', () => {
  it('is created with its scope, and ALL_PUBLISHED is the default', async () => {
    const { apiTokens } = await server.ok('{ apiTokens { name scope } }');
    expect(apiTokens.map((t: { scope: string }) => t.scope).sort()).toEqual(['ALL_PUBLISHED', 'OWN', 'OWN']);
    const { createApiToken } = await server.ok(
      `mutation { createApiToken(input: { name: "default", organizationId: "${ids.B}" }) { apiToken { scope } } }`,
    );
    expect(createApiToken.apiToken.scope).toBe('ALL_PUBLISHED');
  });

  it("lists only its organization's published practices and projects, with facets counting only them", async () => {
    const query =
      '{ practices(first: 50) { totalCount edges { node { slug } } facets { themes { value count } districts { count } } } ' +
      'projects(first: 50) { totalCount edges { node { id } } } }';
    const own = (await as('ownA', query)).data;
    expect(slugsOf(own.practices)).toEqual(sorted('pA'));
    expect(own.practices.totalCount).toBe(1);
    expect(own.practices.facets.themes.map((f: { count: number }) => f.count)).toEqual([1]);
    expect(own.practices.facets.districts.map((f: { count: number }) => f.count)).toEqual([1]);
    expect(idsOf(own.projects)).toEqual(sorted('prA'));
    const all = (await as('all', query)).data;
    expect(slugsOf(all.practices)).toEqual(sorted('pA', 'pB', 'pC'));
    expect(all.practices.facets.themes.map((f: { count: number }) => f.count)).toEqual([3]);
    expect(idsOf(all.projects)).toEqual(sorted('prA', 'prB'));
  });

  it("finds another organization's practice by slug or id as NOT_FOUND", async () => {
    expect((await as('ownA', `{ practice(slug: "${slugs.pA}") { slug } }`)).data.practice.slug).toBe(
      slugs.pA,
    );
    expect(codes(await as('ownA', `{ practice(slug: "${slugs.pB}") { slug } }`))).toEqual(['NOT_FOUND']);
    expect(codes(await as('ownA', `{ project(id: "${ids.prB}") { id } }`))).toEqual(['NOT_FOUND']);
    expect(codes(await as('ownA', `{ organization(id: "${ids.B}") { id } }`))).toEqual(['NOT_FOUND']);
    expect((await as('all', `{ practice(slug: "${slugs.pB}") { slug } }`)).data.practice.slug).toBe(slugs.pB);
  });

  it('sees only itself among organizations, and only its own networks', async () => {
    const query =
      '{ organizations(first: 50) { edges { node { id } } } partnerNetworks(first: 50) { edges { node { id } } } }';
    const own = (await as('ownA', query)).data;
    expect(idsOf(own.organizations)).toEqual(sorted('A'));
    expect(idsOf(own.partnerNetworks)).toEqual(sorted('N'));
    const all = (await as('all', query)).data;
    expect(idsOf(all.organizations)).toEqual(expect.arrayContaining(sorted('A', 'B', 'C')));
    expect(idsOf(all.partnerNetworks)).toEqual(expect.arrayContaining(sorted('N', 'N2')));
  });

  it("follows relations only to its own records: a network's practices and members", async () => {
    const query = `{ partnerNetwork(slug: "${slugs.network}") { practices(first: 50) { slug } memberships { organization { id } } } }`;
    const own = (await as('ownA', query)).data.partnerNetwork;
    expect(own.practices.map((p: { slug: string }) => p.slug)).toEqual([slugs.pA]);
    expect(own.memberships.map((m: { organization: { id: string } }) => m.organization.id)).toEqual([ids.A]);
    const all = (await as('all', query)).data.partnerNetwork;
    expect(all.practices.map((p: { slug: string }) => p.slug).sort()).toEqual(sorted('pA', 'pC'));
  });

  it("of a network reads its member organizations' content and the network itself", async () => {
    const query =
      '{ practices(first: 50) { edges { node { slug } } } organizations(first: 50) { edges { node { id } } } ' +
      'partnerNetworks(first: 50) { edges { node { id } } } }';
    const { data } = await as('ownNetwork', query);
    expect(slugsOf(data.practices)).toEqual(sorted('pA', 'pC'));
    expect(idsOf(data.organizations)).toEqual(sorted('A', 'C'));
    expect(idsOf(data.partnerNetworks)).toEqual(sorted('N'));
  });

  it('searches only its own records', async () => {
    const query =
      '{ search(query: "читалищна практика", first: 50) { totalCount edges { node { ... on Practice { slug } } } } }';
    const own = (await as('ownA', query)).data.search;
    expect(own.edges.map((e: { node: { slug?: string } }) => e.node.slug)).toEqual([slugs.pA]);
    expect(own.totalCount).toBe(1);
    const all = (await as('all', query)).data.search;
    expect(all.totalCount).toBe(3);
  });

  it('counts only its own records in the statistics', async () => {
    const query = '{ statistics { practiceCount projectCount practicesByTheme { count } } }';
    const own = (await as('ownA', query)).data.statistics;
    expect(own).toEqual({ practiceCount: 1, projectCount: 1, practicesByTheme: [{ count: 1 }] });
    const all = (await as('all', query)).data.statistics;
    expect(all).toEqual({ practiceCount: 3, projectCount: 2, practicesByTheme: [{ count: 3 }] });
  });

  it('still reads taxonomies', async () => {
    const own = (await as('ownA', '{ themes { totalCount } }')).data.themes.totalCount;
    expect(own).toBeGreaterThan(0);
    expect(own).toBe((await as('all', '{ themes { totalCount } }')).data.themes.totalCount);
  });
});
