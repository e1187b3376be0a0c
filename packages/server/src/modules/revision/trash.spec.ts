import { practice } from '../practice';
import { volunteer } from '../volunteer';
import { UserRole } from '../../common/principal';
import { startModuleServer, type TestServer } from '../../test/harness';
import { codes } from '../../test/expect';

let server: TestServer;
const ids: Record<string, string> = {};
const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);

const PRACTICE = `id slug status title summary innovator contact { person email } organization { id }
  period { from to precision } municipalities { code } themes { slug } targetGroups { slug }
  indicators { label value unit period targetGroup { slug } } projects { id }
  adoptions { year note municipality { code } } localization { stale }`;

const readPractice = async (id: string) => {
  const r = await server.gql(`query($id: ID!) { practice(id: $id) { ${PRACTICE} } }`, { id });
  return r.errors ? codes(r) : r.data!.practice;
};
const trash = async (type: string, args = '') =>
  (
    await ok(`{ trash(entityType: ${type}${args}) { totalCount pageInfo { hasNextPage endCursor }
      edges { node { entityType id title version deletedAt deletedBy { kind name } } } } }`)
  ).trash;
const restore = (type: string, id: string) =>
  server.gql(
    `mutation($id: ID!) { restoreFromTrash(entityType: ${type}, id: $id) { entityType entityId version action } }`,
    {
      id,
    },
  );
const purge = (client: { gql: TestServer['gql'] }, type: string, id: string) =>
  client.gql(`mutation($id: ID!) { purge(entityType: ${type}, id: $id) { entityType id title } }`, { id });

beforeAll(async () => {
  server = await startModuleServer([practice, volunteer]);
  ids.org = (
    await ok(
      `mutation { createOrganization(input: { name: { bg: "Сдружение „Заедно“" }, kind: NGO }) { id } }`,
    )
  ).createOrganization.id;
  ids.project = (
    await ok(`mutation { createProject(input: { title: { bg: "Проект" } }) { id } }`)
  ).createProject.id;
  await ok(
    `mutation { createTheme(input: { slug: "early-intervention", label: { bg: "Ранна интервенция" } }) { id } }`,
  );
  await ok(
    `mutation { createTargetGroup(input: { slug: "children-at-risk", label: { bg: "Деца в риск" } }) { id } }`,
  );
});
afterAll(() => server.stop());

async function createPractice(title: string) {
  const data = await ok(`mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id version } }`, {
    i: {
      title: { bg: title, en: 'A practice' },
      summary: { bg: 'Резюме.' },
      innovator: 'ros',
      contact: { person: 'Мария', email: 'maria@example.org' },
      organizationId: ids.org,
      period: { from: '2013-07-01', to: '2015-12-31', precision: 'MONTH' },
      municipalityCodes: ['TGV35', 'SHU30'],
      themes: ['early-intervention'],
      targetGroups: ['children-at-risk'],
      indicators: [
        { label: { bg: 'Деца' }, value: '124', unit: { bg: 'души' }, targetGroup: 'children-at-risk' },
      ],
      projectIds: [ids.project],
      adoptions: [{ municipalityCode: 'PDV26', year: 2016, note: { bg: 'Пловдив я прие.' } }],
    },
  });
  return data.createPractice as { id: string; version: number };
}

describe('the trash', () => {
  it('a deleted practice waits in the trash and comes back with every field and relation', async () => {
    const practice = await createPractice('Практика за кошчето');
    const before = await readPractice(practice.id);
    const editor = await server.as(UserRole.EDITOR);
    await editor.ok(`mutation($id: ID!, $v: Int) { deletePractice(id: $id, version: $v) { id } }`, {
      id: practice.id,
      v: practice.version,
    });
    expect(await readPractice(practice.id)).toEqual(['NOT_FOUND']);
    const listed = await trash('Practice');
    expect(listed.edges[0].node).toMatchObject({
      entityType: 'Practice',
      id: practice.id,
      title: 'Практика за кошчето',
      version: 2,
      deletedBy: { kind: 'user', name: 'EDITOR' },
    });
    expect(Date.parse(listed.edges[0].node.deletedAt)).toBeGreaterThan(Date.now() - 60_000);

    const restored = await editor.gql(
      `mutation($id: ID!) { restoreFromTrash(entityType: Practice, id: $id) { entityType entityId version action } }`,
      { id: practice.id },
    );
    expect(restored.data!.restoreFromTrash).toEqual({
      entityType: 'Practice',
      entityId: practice.id,
      version: 3,
      action: 'RESTORE',
    });
    expect(await readPractice(practice.id)).toEqual(before);
    expect((await trash('Practice')).totalCount).toBe(listed.totalCount - 1);
    const history = await ok(
      `query($id: ID!) { revisions(entityType: Practice, id: $id) { edges { node { action changedFields } } } }`,
      { id: practice.id },
    );
    expect(history.revisions.edges.map((e: any) => e.node.action)).toEqual(['RESTORE', 'DELETE', 'CREATE']);
    // Soft delete kept everything, so nothing changed between deletion and restore.
    expect(history.revisions.edges[0].node.changedFields).toEqual([]);
  });

  it('lists the most recently deleted first, a page at a time', async () => {
    const names = ['Първа', 'Втора', 'Трета'];
    for (const name of names) {
      const theme = await ok(`mutation($i: CreateThemeInput!) { createTheme(input: $i) { id version } }`, {
        i: { label: { bg: name } },
      });
      await ok(`mutation($id: ID!) { deleteTheme(id: $id) { id } }`, { id: theme.createTheme.id });
    }
    const page1 = await trash('Theme', ', first: 2');
    expect(page1.totalCount).toBe(3);
    expect(page1.edges.map((e: any) => e.node.title)).toEqual(['Трета', 'Втора']);
    const page2 = await trash('Theme', `, first: 2, after: "${page1.pageInfo.endCursor}"`);
    expect(page2.edges.map((e: any) => e.node.title)).toEqual(['Първа']);
    expect(page2.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses to restore what is not in the trash, and unknown ids', async () => {
    const practice = await createPractice('Жива практика');
    expect(codes(await restore('Practice', practice.id))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await restore('Practice', '5b6c7d8e-9f00-4a1b-8c2d-3e4f5a6b7c8d'))).toEqual(['NOT_FOUND']);
    expect(codes(await restore('Practice', 'nonsense'))).toEqual(['NOT_FOUND']);
  });

  it('purge is for admins, only for trashed records, and leaves an audit entry but no revisions', async () => {
    const practice = await createPractice('Практика за унищожаване');
    const editor = await server.as(UserRole.EDITOR);
    expect(codes(await purge(server, 'Practice', practice.id))).toEqual(['BAD_USER_INPUT']);
    await ok(`mutation($id: ID!) { deletePractice(id: $id) { id } }`, { id: practice.id });
    expect(codes(await purge(editor, 'Practice', practice.id))).toEqual(['FORBIDDEN']);
    const purged = await purge(server, 'Practice', practice.id);
    expect(purged.data!.purge).toEqual({
      entityType: 'Practice',
      id: practice.id,
      title: 'Практика за унищожаване',
    });
    expect((await trash('Practice')).edges.map((e: any) => e.node.id)).not.toContain(practice.id);
    expect(codes(await restore('Practice', practice.id))).toEqual(['NOT_FOUND']);
    const history = await ok(`query($id: ID!) { revisions(entityType: Practice, id: $id) { totalCount } }`, {
      id: practice.id,
    });
    expect(history.revisions.totalCount).toBe(0);
    const audit = await ok(
      `query($id: ID!) { auditLog(filter: { entityId: $id }) { edges { node { action details } } } }`,
      {
        id: practice.id,
      },
    );
    expect(audit.auditLog.edges.map((e: any) => e.node.action)).toEqual([
      'practice.purge',
      'practice.delete',
      'practice.create',
    ]);
    expect(audit.auditLog.edges[0].node.details).toMatchObject({ title: 'Практика за унищожаване' });
  });

  it('refuses to purge a record others still refer to, and keeps it in the trash', async () => {
    const org = await ok(
      `mutation { createOrganization(input: { name: { bg: "Използвана" }, kind: NGO }) { id version } }`,
    );
    const id = org.createOrganization.id;
    await createPracticeFor(id);
    await ok(`mutation($id: ID!) { deleteOrganization(id: $id) { id } }`, { id });
    const refused = await purge(server, 'Organization', id);
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions!.fields).toEqual([
      {
        field: 'id',
        message: 'Other records still refer to this Organization; change or purge them first',
        reason: 'stillReferenced',
      },
    ]);
    expect((await trash('Organization')).edges.map((e: any) => e.node.id)).toContain(id);
  });

  it('volunteers in the trash are for admins only', async () => {
    const volunteer = await ok(`mutation { createVolunteer(input: { name: "Стоян Тодоров" }) { id } }`);
    await ok(`mutation($id: ID!) { deleteVolunteer(id: $id) { id } }`, { id: volunteer.createVolunteer.id });
    const editor = await server.as(UserRole.EDITOR);
    expect(codes(await editor.gql(`{ trash(entityType: Volunteer) { totalCount } }`))).toEqual(['FORBIDDEN']);
    expect((await trash('Volunteer')).edges[0].node).toMatchObject({
      title: 'Стоян Тодоров',
      deletedBy: { name: 'ADMIN' },
    });
    expect((await restore('Volunteer', volunteer.createVolunteer.id)).data!.restoreFromTrash.action).toBe(
      'RESTORE',
    );
  });
});

async function createPracticeFor(organizationId: string) {
  await ok(`mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id } }`, {
    i: { title: { bg: 'Практика на организацията' }, organizationId },
  });
}
