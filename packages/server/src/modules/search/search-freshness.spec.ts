import { startModuleServer, type TestServer } from '../../test/harness';
import { search } from '.';

/*
 * The index is written in the transaction of every write: what was just saved is found by the next
 * request, what changed is found by its new words only, and who may see a record decides whether
 * the search shows it.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([search]);
});
afterAll(() => server.stop());

const FIND = `query($q: String!) { search(query: $q) { totalCount edges { node {
  __typename ... on Practice { id } ... on Organization { id } ... on Project { id } ... on PartnerNetwork { id }
} } } }`;

async function found(q: string, as: 'admin' | 'public' = 'admin'): Promise<string[]> {
  const client = as === 'public' ? await server.as('public') : server;
  const data = await client.ok(FIND, { q });
  return data.search.edges.map((e: { node: { id: string } }) => e.node.id);
}

const CREATE_PRACTICE = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id version } }`;
const UPDATE_PRACTICE = `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { id version } }`;

describe('the search index', () => {
  it('finds a practice as soon as it is created, and by its new words once its title changes', async () => {
    const { createPractice: p } = await server.ok(CREATE_PRACTICE, {
      input: { title: { bg: 'Обществена трапезария в Стрелча' }, status: 'PUBLISHED' },
    });
    expect(await found('трапезария Стрелча')).toEqual([p.id]);
    await server.ok(UPDATE_PRACTICE, {
      input: { id: p.id, version: p.version, title: { bg: 'Социална кухня в Стрелча' } },
    });
    expect(await found('трапезария')).toEqual([]);
    expect(await found('kuhnya strelcha')).toEqual([p.id]);
  });

  it('shows drafts to staff only, and nothing from the trash', async () => {
    const { createPractice: p } = await server.ok(CREATE_PRACTICE, {
      input: { title: { bg: 'Чернова за патронажна грижа в Копривщица' }, status: 'DRAFT' },
    });
    expect(await found('Копривщица')).toEqual([p.id]);
    expect(await found('Копривщица', 'public')).toEqual([]);
    await server.ok(`mutation($id: ID!) { deletePractice(id: $id) { id } }`, { id: p.id });
    expect(await found('Копривщица')).toEqual([]);
    await server.ok(`mutation($id: ID!) { restoreFromTrash(entityType: Practice, id: $id) { id } }`, {
      id: p.id,
    });
    expect(await found('Копривщица')).toEqual([p.id]);
  });

  it("finds an organization's practices by its new name once it is renamed", async () => {
    const { createOrganization: o } = await server.ok(
      `mutation { createOrganization(input: { name: { bg: "Сдружение Зора" }, kind: NGO }) { id version } }`,
    );
    const { createPractice: p } = await server.ok(CREATE_PRACTICE, {
      input: { title: { bg: 'Клуб за възрастни хора' }, status: 'PUBLISHED', organizationId: o.id },
    });
    expect(await found('Зора клуб')).toEqual([p.id]);
    await server.ok(
      `mutation($id: ID!, $v: Int!) { updateOrganization(input: { id: $id, version: $v, name: { bg: "Сдружение Изгрев" } }) { id } }`,
      { id: o.id, v: o.version },
    );
    expect(await found('Зора клуб')).toEqual([]);
    expect(await found('Изгрев клуб')).toEqual([p.id]);
  });

  it('orders a searched list by relevance, and refuses RELEVANCE without a search', async () => {
    const create = (title: string) =>
      server.ok(CREATE_PRACTICE, {
        input: { title: { bg: title }, summary: { bg: 'Пещера' }, status: 'PUBLISHED' },
      });
    const body = (await create('Туристически маршрут')).createPractice;
    const title = (await create('Пещера Магура за всички')).createPractice;
    const list = await server.ok(`{ practices(filter: { search: "пещера" }) { edges { node { id } } } }`);
    expect(list.practices.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([title.id, body.id]);
    const bad = await server.gql(`{ practices(orderBy: { field: RELEVANCE }) { totalCount } }`);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ reason: 'relevanceNeedsSearch' })],
    });
  });
});
