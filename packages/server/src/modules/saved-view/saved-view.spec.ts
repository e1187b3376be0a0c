import { UserRole } from '../../common/principal';
import { startModuleServer, type Client, type TestServer } from '../../test/harness';
import { savedView } from '.';

/*
 * What staff notice of saved views: each sees their own views and the ones others share (with
 * the owner's name), only the owner changes a view, names are unique per person and list, a
 * stale version is refused, and nobody outside the staff reaches them.
 */

const FIELDS = 'id version list name query shared mine ownerName';
const LIST = `query($list: String!) { savedViews(list: $list, first: 50) { totalCount edges { node { ${FIELDS} } } } }`;
const CREATE = `mutation($i: CreateSavedViewInput!) { createSavedView(input: $i) { ${FIELDS} } }`;
const UPDATE = `mutation($i: UpdateSavedViewInput!) { updateSavedView(input: $i) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteSavedView(id: $id) { id name } }`;

interface View {
  id: string;
  version: number;
  list: string;
  name: string;
  query: string;
  shared: boolean;
  mine: boolean;
  ownerName: string | null;
}

let server: TestServer;
let editor: Client;
let moderator: Client;
let coordinator: Client;

beforeAll(async () => {
  server = await startModuleServer([savedView]);
  [editor, moderator, coordinator] = await Promise.all(
    [UserRole.EDITOR, UserRole.MODERATOR, UserRole.COORDINATOR].map((role) => server.as(role)),
  );
});
afterAll(() => server.stop());

async function save(client: Client, input: Record<string, unknown>): Promise<View> {
  return (await client.ok<{ createSavedView: View }>(CREATE, { i: { list: 'practices', ...input } }))
    .createSavedView;
}

async function views(client: Client, list = 'practices'): Promise<View[]> {
  const { savedViews } = await client.ok<{ savedViews: { edges: { node: View }[] } }>(LIST, { list });
  return savedViews.edges.map((edge) => edge.node);
}

const names = (list: View[]) => list.map((view) => view.name);

describe('saved views', () => {
  it('keeps my views to me, shows shared ones to the team with the owner’s name', async () => {
    const mine = await save(editor, { name: 'Чернови в Търговище', query: 'status=DRAFT&districts=TGV' });
    const shared = await save(editor, { name: 'Публикувани', query: 'status=PUBLISHED', shared: true });
    await save(editor, { list: 'projects', name: 'Проекти на редактора', query: 'sort=title' });

    expect(await views(editor)).toEqual([
      expect.objectContaining({ id: shared.id, mine: true, shared: true, ownerName: 'EDITOR' }),
      expect.objectContaining({
        id: mine.id,
        mine: true,
        shared: false,
        query: 'districts=TGV&status=DRAFT',
      }),
    ]);
    const seenByModerator = await views(moderator);
    expect(seenByModerator).toEqual([
      expect.objectContaining({ id: shared.id, mine: false, ownerName: 'EDITOR', query: 'status=PUBLISHED' }),
    ]);
    expect(names(await views(coordinator, 'projects'))).toEqual([]);
  });

  it('drops the page from the saved query and keeps the filters', async () => {
    const view = await save(coordinator, {
      list: 'volunteers',
      name: 'Втора страница',
      query: '?status=ACTIVE&after=abc&before=def&q=%D0%BC%D0%B0%D1%80%D0%B8%D1%8F',
    });
    expect(view.query).toBe('q=%D0%BC%D0%B0%D1%80%D0%B8%D1%8F&status=ACTIVE');
  });

  it('refuses a second view of the same name in the same list (CONFLICT), not in another list or for another person', async () => {
    await save(moderator, { name: 'Моят изглед', query: 'sort=title' });
    const again = await moderator.gql(CREATE, {
      i: { list: 'practices', name: '  моят ИЗГЛЕД ', query: 'sort=updated' },
    });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'taken',
      field: 'name',
    });
    await save(moderator, { list: 'organizations', name: 'Моят изглед', query: '' });
    await save(coordinator, { name: 'Моят изглед', query: '' });

    const other = await save(moderator, { name: 'Друг', query: '' });
    const renamed = await moderator.gql(UPDATE, {
      i: { id: other.id, version: other.version, name: 'МОЯТ изглед' },
    });
    expect(renamed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'taken' });
  });

  it('keeps one of two names differing in letter case saved at the same moment; the other is CONFLICT on its name', async () => {
    const answers = await Promise.all(
      ['Едновременен', 'ЕДНОВРЕМЕНЕН', 'едновременен'].map((name) =>
        moderator.gql(CREATE, { i: { list: 'projects', name, query: '' } }),
      ),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const refused of answers.filter((answer) => answer.errors)) {
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'taken',
        field: 'name',
      });
    }
    const [{ count }] = await server.obmen.database.dataSource.query(
      "SELECT count(*)::int AS count FROM saved_view WHERE lower(name) = 'едновременен'",
    );
    expect(count).toBe(1);
  });

  it('lets the owner rename, re-save and share a view, and refuses a stale version', async () => {
    const view = await save(coordinator, { name: 'Стар', query: 'status=DRAFT' });
    const { updateSavedView: updated } = await coordinator.ok<{ updateSavedView: View }>(UPDATE, {
      i: { id: view.id, version: view.version, name: 'Нов', query: 'status=IN_REVIEW', shared: true },
    });
    expect(updated).toMatchObject({ name: 'Нов', query: 'status=IN_REVIEW', shared: true });
    expect(updated.version).toBeGreaterThan(view.version);
    expect(names(await views(editor))).toContain('Нов');

    const stale = await coordinator.gql(UPDATE, { i: { id: view.id, version: view.version, name: 'Пак' } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: updated.version });
    expect(names(await views(coordinator))).toContain('Нов');
  });

  it('answers NOT_FOUND for another’s private view and FORBIDDEN for another’s shared one', async () => {
    const secret = await save(editor, { name: 'Само мой', query: 'sort=title' });
    const shared = await save(editor, { name: 'Общ за всички', query: 'sort=title', shared: true });
    const code = async (client: Client, query: string, variables: Record<string, unknown>) =>
      (await client.gql(query, variables)).errors?.[0].extensions?.code;

    expect(await code(moderator, UPDATE, { i: { id: secret.id, version: secret.version, name: 'Х' } })).toBe(
      'NOT_FOUND',
    );
    expect(await code(moderator, DELETE, { id: secret.id })).toBe('NOT_FOUND');
    expect(await code(moderator, UPDATE, { i: { id: shared.id, version: shared.version, name: 'Х' } })).toBe(
      'FORBIDDEN',
    );
    expect(await code(moderator, DELETE, { id: shared.id })).toBe('FORBIDDEN');
    // An admin may remove a shared view (e.g. of someone who left), not change it.
    expect(await code(server, UPDATE, { i: { id: shared.id, version: shared.version, shared: false } })).toBe(
      'FORBIDDEN',
    );
    expect(await code(server, DELETE, { id: secret.id })).toBe('NOT_FOUND');
    await server.ok(DELETE, { id: shared.id });
    expect(names(await views(editor))).not.toContain('Общ за всички');

    await editor.ok(DELETE, { id: secret.id });
    expect(names(await views(editor))).not.toContain('Само мой');
  });

  it('refuses an unknown list, an empty or long name, a bad parameter and an oversized query', async () => {
    const fields = async (input: Record<string, unknown>) => {
      const answer = await editor.gql(CREATE, {
        i: { list: 'practices', name: 'Изглед', query: '', ...input },
      });
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      return answer.errors?.[0].extensions?.fields.map((f: { field: string; reason: string }) => [
        f.field,
        f.reason,
      ]);
    };
    expect(await fields({ list: 'users' })).toEqual([['list', 'invalid']]);
    expect((await editor.gql(LIST, { list: 'audit' })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(await fields({ name: '   ' })).toEqual([['name', 'isNotEmpty']]);
    expect(await fields({ name: 'И'.repeat(81) })).toEqual([['name', 'maxLength']]);
    expect(await fields({ query: 'status=DRAFT&bad%20key=1' })).toEqual([['query', 'invalid']]);
    expect(await fields({ query: `q=${'a'.repeat(2001)}` })).toEqual([['query', 'maxLength']]);
    expect(await fields({ query: Array.from({ length: 41 }, (_, i) => `p${i}=1`).join('&') })).toEqual([
      ['query', 'invalid'],
    ]);
    await save(editor, { name: 'И'.repeat(80), query: `q=${'a'.repeat(1990)}` });
  });

  it('is for staff only: the public must sign in, a partner token is FORBIDDEN', async () => {
    const expected = { public: 'UNAUTHENTICATED', partner: 'FORBIDDEN' } as const;
    for (const who of ['public', 'partner'] as const) {
      const client = await server.as(who);
      const listed = await client.gql(LIST, { list: 'practices' });
      const created = await client.gql(CREATE, { i: { list: 'practices', name: 'Х', query: '' } });
      expect([who, listed.errors?.[0].extensions?.code]).toEqual([who, expected[who]]);
      expect([who, created.errors?.[0].extensions?.code]).toEqual([who, expected[who]]);
    }
  });

  it('reads the owners’ names of a page in a fixed number of statements', async () => {
    for (const role of [UserRole.ADMIN, UserRole.MODERATOR, UserRole.COORDINATOR]) {
      const client = role === UserRole.ADMIN ? server : await server.as(role);
      await save(client, { list: 'networks', name: `Мрежи ${role}`, query: '', shared: true });
    }
    const few = await server.countStatements(() => views(editor, 'networks'));
    await save(editor, { list: 'networks', name: 'Мрежи EDITOR', query: '', shared: true });
    await save(server, { list: 'networks', name: 'Мрежи още', query: '', shared: true });
    const more = await server.countStatements(() => views(editor, 'networks'));
    expect(names(await views(editor, 'networks'))).toHaveLength(5);
    expect(more).toBe(few);
  });
});
