import { practice } from '../practice';
import { volunteer } from '../volunteer';
import { UserRole } from '../../common/principal';
import { startModuleServer, type TestServer } from '../../test/harness';
import { codes } from '../../test/expect';

let server: TestServer;
const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);

const LOG = `totalCount pageInfo { hasNextPage endCursor }
  edges { node { id at action entityType entityId actorId actorKind details requestId actor { kind userId name } } }`;
const auditLog = async (filter: Record<string, unknown>, page = '') =>
  (await ok(`query($f: AuditFilter) { auditLog(filter: $f${page}) { ${LOG} } }`, { f: filter })).auditLog;
const actions = (log: any) => log.edges.map((e: any) => e.node.action);

beforeAll(async () => {
  server = await startModuleServer([practice, volunteer]);
});
afterAll(() => server.stop());

describe('the audit log', () => {
  it('has one entry per change of a practice, newest first, naming the staff member', async () => {
    const editor = await server.as(UserRole.EDITOR);
    const created = await editor.ok<any>(
      `mutation { createPractice(input: { title: { bg: "Одитирана" } }) { id version } }`,
    );
    const { id, version } = created.createPractice;
    const updated = await editor.ok<any>(
      `mutation($id: ID!, $v: Int!) { updatePractice(input: { id: $id, version: $v, summary: { bg: "Ново." } }) { version } }`,
      { id, v: version },
    );
    await editor.ok(`mutation($id: ID!, $v: Int) { deletePractice(id: $id, version: $v) { id } }`, {
      id,
      v: updated.updatePractice.version,
    });
    const log = await auditLog({ entityType: 'Practice', entityId: id });
    expect(actions(log)).toEqual(['practice.delete', 'practice.update', 'practice.create']);
    const [remove, update] = log.edges.map((e: any) => e.node);
    expect(update).toMatchObject({
      entityType: 'Practice',
      entityId: id,
      actorKind: 'user',
      actor: { kind: 'user', name: 'EDITOR' },
      details: { version: 2, changedFields: ['summary'] },
    });
    expect(update.requestId).toEqual(expect.any(String));
    expect(Date.parse(remove.at)).toBeGreaterThanOrEqual(Date.parse(update.at));
  });

  it('a failing mutation leaves neither the change nor an audit entry', async () => {
    const created = await ok(
      `mutation { createPractice(input: { title: { bg: "Неуспешна промяна" } }) { id version } }`,
    );
    const { id, version } = created.createPractice;
    // The row is saved before the unknown theme is found; the whole transaction rolls back.
    const failed = await server.gql(
      `mutation($id: ID!, $v: Int!) { updatePractice(input: { id: $id, version: $v, summary: { bg: "Х" }, themes: ["no-such-theme"] }) { id } }`,
      { id, v: version },
    );
    expect(codes(failed)).toEqual(['BAD_USER_INPUT']);
    expect(actions(await auditLog({ entityId: id }))).toEqual(['practice.create']);
    const read = await ok(`query($id: ID!) { practice(id: $id) { version summary } }`, { id });
    expect(read.practice).toEqual({ version, summary: null });
  });

  it('records volunteer, user and token changes too', async () => {
    const volunteer = await ok(`mutation { createVolunteer(input: { name: "Георги Иванов" }) { id } }`);
    expect(actions(await auditLog({ entityId: volunteer.createVolunteer.id }))).toEqual(['volunteer.create']);
    const org = await ok(
      `mutation { createOrganization(input: { name: { bg: "Партньор" }, kind: NGO }) { id } }`,
    );
    const token = await ok(
      `mutation($o: ID!) { createApiToken(input: { name: "сайт", organizationId: $o }) { apiToken { id } } }`,
      { o: org.createOrganization.id },
    );
    const tokenId = token.createApiToken.apiToken.id;
    await ok(`mutation($id: ID!) { revokeApiToken(id: $id) { id } }`, { id: tokenId });
    expect(actions(await auditLog({ entityType: 'ApiToken', entityId: tokenId }))).toEqual([
      'token.revoke',
      'token.create',
    ]);
    const user = await ok(
      `mutation { createUser(input: { email: "new.editor@example.org", name: "Нов редактор", password: "a-long-password-1", roles: [EDITOR] }) { id version } }`,
    );
    await ok(
      `mutation($id: ID!, $v: Int!) { updateUser(input: { id: $id, version: $v, active: false }) { id } }`,
      {
        id: user.createUser.id,
        v: user.createUser.version,
      },
    );
    expect(actions(await auditLog({ entityType: 'User', entityId: user.createUser.id }))).toEqual([
      'user.update',
      'user.create',
    ]);
  });

  it('filters by actor, action and time, and pages newest first', async () => {
    const me = await ok(`{ me { id } }`);
    const start = new Date().toISOString();
    for (const name of ['Първа', 'Втора', 'Трета']) {
      await ok(`mutation($n: String!) { createTheme(input: { label: { bg: $n } }) { id } }`, { n: name });
    }
    const end = new Date(Date.now() + 1000).toISOString();
    const filter = { action: 'theme.create', actorId: me.me.id, from: start, to: end };
    const page1 = await auditLog(filter, ', first: 2');
    expect(page1.totalCount).toBe(3);
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await auditLog(filter, `, first: 2, after: "${page1.pageInfo.endCursor}"`);
    expect(page2.edges).toHaveLength(1);
    const times = [...page1.edges, ...page2.edges].map((e: any) => Date.parse(e.node.at));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const before = new Date(Date.parse(start) - 60_000).toISOString();
    expect((await auditLog({ ...filter, from: before, to: start })).totalCount).toBe(0);
    expect(
      codes(
        await server.gql(`query($f: AuditFilter) { auditLog(filter: $f) { totalCount } }`, {
          f: { from: end, to: start },
        }),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      (await auditLog({ action: 'theme.create', actorId: '5b6c7d8e-9f00-4a1b-8c2d-3e4f5a6b7c8d' }))
        .totalCount,
    ).toBe(0);
  });

  it('offers the entity types and actions it holds, each once and sorted', async () => {
    for (const label of ['Избор едно', 'Избор две']) {
      await ok(`mutation($n: String!) { createTheme(input: { label: { bg: $n } }) { id } }`, { n: label });
    }
    const { auditLogChoices } = await ok(`{ auditLogChoices { entityTypes actions } }`);
    const { entityTypes, actions: held } = auditLogChoices;
    expect(entityTypes).toContain('Theme');
    expect(held).toContain('theme.create');
    expect(held.filter((a: string) => a === 'theme.create')).toHaveLength(1);
    expect(entityTypes).toEqual([...entityTypes].sort());
    expect(held).toEqual([...held].sort());
    // Only what happened: no practice was ever purged here.
    expect(held).not.toContain('practice.purge');
  });

  it('reads a page with the staff members’ names in the same statements for 2 rows as for 20', async () => {
    const editor = await server.as(UserRole.EDITOR);
    for (let i = 0; i < 10; i += 1) {
      const client = i % 2 ? editor : server;
      await client.ok(`mutation($n: String!) { createTheme(input: { label: { bg: $n } }) { id } }`, {
        n: `Тема за страница ${i}`,
      });
    }
    const page = (first: number) =>
      server.countStatements(() =>
        ok(`{ auditLog(first: ${first}) { totalCount edges { node { action details actor { name } } } } }`),
      );
    const small = await page(2);
    const large = await page(20);
    expect(large).toBe(small);
  });

  it('is for admins only; a malformed filter is a field error', async () => {
    for (const who of [UserRole.EDITOR, UserRole.COORDINATOR, UserRole.MODERATOR]) {
      const client = await server.as(who);
      expect(codes(await client.gql(`{ auditLog { totalCount } }`))).toEqual(['FORBIDDEN']);
      expect(codes(await client.gql(`{ auditLogChoices { actions } }`))).toEqual(['FORBIDDEN']);
    }
    const bad = await server.gql(`{ auditLog(filter: { entityId: "nope" }) { totalCount } }`);
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors![0].extensions!.fields).toEqual([
      { field: 'filter.entityId', message: 'entityId must be an id', reason: 'isUuid' },
    ]);
  });
});
