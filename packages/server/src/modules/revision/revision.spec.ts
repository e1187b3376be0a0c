import { practice } from '../practice';
import { volunteer } from '../volunteer';
import { UserRole } from '../../common/principal';
import { startModuleServer, type TestServer } from '../../test/harness';
import { codes } from '../../test/expect';

let server: TestServer;
const ids: Record<string, string> = {};
const ok = (query: string, variables?: Record<string, unknown>) => server.ok<any>(query, variables);

const PRACTICE = `id version slug status publishedAt publishAt title summary background practice results
  innovator contact { person address phone email website } organization { id } period { from to precision }
  municipalities { code } themes { slug } targetGroups { slug }
  indicators { label value unit period targetGroup { slug } } projects { id }
  adoptions { year note municipality { code } } localization { requested served stale fallbackFields }`;

/** The practice as partner sites read it, in both languages, minus what every save changes. */
async function readPractice(id: string) {
  const read = async (locale: string) => {
    const data = await ok(`query($id: ID!) { practice(id: $id, locale: ${locale}) { ${PRACTICE} } }`, { id });
    const { version: _v, ...rest } = data.practice;
    return rest;
  };
  return { bg: await read('BG'), en: await read('EN') };
}

const revisionsOf = async (entityType: string, id: string) =>
  (
    await ok(
      `query($t: ContentType!, $id: ID!) { revisions(entityType: $t, id: $id, first: 100) {
        totalCount edges { node { id version action changedFields authorId author { name } snapshot } } } }`,
      { t: entityType, id },
    )
  ).revisions;

const RESTORE = `mutation($id: ID!, $v: Int) { restoreRevision(id: $id, version: $v) {
  id entityType entityId version action changedFields } }`;

beforeAll(async () => {
  server = await startModuleServer([practice, volunteer]);
  const org = await ok(
    `mutation { createOrganization(input: { name: { bg: "Община Хисаря" }, kind: MUNICIPALITY }) { id } }`,
  );
  ids.org = org.createOrganization.id;
  const project = await ok(`mutation { createProject(input: { title: { bg: "Свързан проект" } }) { id } }`);
  ids.project = project.createProject.id;
  for (const [slug, bg] of [
    ['early-intervention', 'Ранна интервенция'],
    ['inclusion', 'Приобщаване'],
  ])
    await ok(`mutation($i: CreateThemeInput!) { createTheme(input: $i) { id } }`, {
      i: { slug, label: { bg } },
    });
  for (const [slug, bg] of [
    ['children-at-risk', 'Деца в риск'],
    ['elderly', 'Възрастни хора'],
  ])
    await ok(`mutation($i: CreateTargetGroupInput!) { createTargetGroup(input: $i) { id } }`, {
      i: { slug, label: { bg } },
    });
});
afterAll(() => server.stop());

const FULL_PRACTICE = () => ({
  title: { bg: 'Център за ранно детско развитие', en: 'Early childhood development centre' },
  summary: { bg: 'Кратко описание.', en: 'Short summary.' },
  background: { bg: 'Предистория.' },
  practice: { bg: 'Практика.', en: 'Practice.' },
  results: { bg: 'Резултати.' },
  organizationId: ids.org,
  innovator: 'ros',
  contact: { person: 'Мария Иванова', email: 'centre@example.org', website: 'https://example.org' },
  period: { from: '2014-07-01', to: '2015-12-31', precision: 'MONTH' },
  municipalityCodes: ['PDV37', 'PDV39'],
  themes: ['early-intervention', 'inclusion'],
  targetGroups: ['children-at-risk'],
  indicators: [
    { label: { bg: 'Обслужени деца' }, value: '124', unit: { bg: 'деца' }, targetGroup: 'children-at-risk' },
    { label: { bg: 'Обучени специалисти' }, value: '12.5', unit: { bg: 'души' }, period: '2015' },
  ],
  projectIds: [ids.project],
  adoptions: [{ municipalityCode: 'SHU30', year: 2017, note: { bg: 'С общински средства.' } }],
  status: 'IN_REVIEW',
});

describe('revisions of a practice', () => {
  let practice: { id: string; version: number };
  let original: Awaited<ReturnType<typeof readPractice>>;

  it('keeps a revision per change, newest first, with author and the fields that changed', async () => {
    const created = await ok(
      `mutation($i: CreatePracticeInput!) { createPractice(input: $i) { id version } }`,
      {
        i: FULL_PRACTICE(),
      },
    );
    practice = created.createPractice;
    original = await readPractice(practice.id);
    await ok(`mutation($i: UpdatePracticeInput!) { updatePractice(input: $i) { version } }`, {
      i: {
        id: practice.id,
        version: practice.version,
        title: { bg: 'Център за ранно развитие – нов етап', en: 'Early childhood development centre' },
        themes: ['inclusion'],
        municipalityCodes: ['PDV37'],
        indicators: [{ label: { bg: 'Обслужени деца' }, value: '150', unit: { bg: 'деца' } }],
        adoptions: [],
        projectIds: [],
        contact: { person: 'Петър Петров' },
        period: { from: '2014-07-01', to: null, precision: 'YEAR' },
      },
    });
    const revisions = await revisionsOf('Practice', practice.id);
    expect(revisions.totalCount).toBe(2);
    const [update, create] = revisions.edges.map((e: any) => e.node);
    expect(create).toMatchObject({ version: 1, action: 'CREATE', author: { name: 'ADMIN' } });
    expect(update).toMatchObject({
      version: 2,
      action: 'UPDATE',
      changedFields: [
        'adoptions',
        'contact',
        'indicators',
        'municipalityCodes',
        'period',
        'projectIds',
        'themes',
        'title',
      ],
    });
    // The snapshot is the update input: relations by code, slug and id, texts in both languages.
    expect(create.snapshot).toMatchObject({
      title: FULL_PRACTICE().title,
      themes: ['early-intervention', 'inclusion'],
      targetGroups: ['children-at-risk'],
      municipalityCodes: ['PDV37', 'PDV39'],
      projectIds: [ids.project],
      indicators: [
        { value: '124.00', targetGroup: 'children-at-risk' },
        { value: '12.50', period: '2015', targetGroup: null },
      ],
      adoptions: [{ municipalityCode: 'SHU30', year: 2017, note: { bg: 'С общински средства.', en: null } }],
      period: { from: '2014-07-01', to: '2015-12-31', precision: 'MONTH' },
      status: 'IN_REVIEW',
    });
    expect(Object.keys(create.snapshot).some((key) => key.startsWith('_'))).toBe(false);
  });

  it('diffs two revisions field by field, showing only what differs', async () => {
    const [update, create] = (await revisionsOf('Practice', practice.id)).edges.map((e: any) => e.node);
    const { revisionDiff } = await ok(
      `query($a: ID!, $b: ID!) { revisionDiff(fromId: $a, toId: $b) {
        entityType entityId from { version } to { version } changes { field before after } } }`,
      { a: create.id, b: update.id },
    );
    expect(revisionDiff).toMatchObject({
      entityType: 'Practice',
      entityId: practice.id,
      from: { version: 1 },
      to: { version: 2 },
    });
    expect(revisionDiff.changes.map((c: any) => c.field)).toEqual(update.changedFields);
    const byField = Object.fromEntries(revisionDiff.changes.map((c: any) => [c.field, c]));
    expect(byField.themes).toEqual({
      field: 'themes',
      before: ['early-intervention', 'inclusion'],
      after: ['inclusion'],
    });
    expect(byField.title.before.bg).toBe('Център за ранно детско развитие');
    expect(byField.title.after.bg).toBe('Център за ранно развитие – нов етап');
    expect(byField.period).toMatchObject({ after: { from: '2014-07-01', to: null, precision: 'YEAR' } });
    // The same revision against itself: nothing differs.
    const same = await ok(`query($a: ID!) { revisionDiff(fromId: $a, toId: $a) { changes { field } } }`, {
      a: create.id,
    });
    expect(same.revisionDiff.changes).toEqual([]);
  });

  it('restores a revision losslessly, as a new RESTORE revision', async () => {
    const [, create] = (await revisionsOf('Practice', practice.id)).edges.map((e: any) => e.node);
    const { restoreRevision } = await ok(RESTORE, { id: create.id });
    expect(restoreRevision).toMatchObject({
      entityType: 'Practice',
      entityId: practice.id,
      version: 3,
      action: 'RESTORE',
    });
    expect(restoreRevision.changedFields).toContain('themes');
    const restored = await readPractice(practice.id);
    const { updatedAt: _a, ...before } = original.bg as any;
    const { updatedAt: _b, ...after } = restored.bg as any;
    expect(after).toEqual(before);
    const { updatedAt: _c, ...beforeEn } = original.en as any;
    const { updatedAt: _d, ...afterEn } = restored.en as any;
    expect(afterEn).toEqual(beforeEn);
    // English was in step with Bulgarian in version 1, so it is again (not "stale").
    expect(restored.en.localization).toEqual(original.en.localization);
    const history = await revisionsOf('Practice', practice.id);
    expect(history.edges.map((e: any) => e.node.action)).toEqual(['RESTORE', 'UPDATE', 'CREATE']);
    expect(history.edges[0].node.snapshot).toEqual(create.snapshot);
  });

  it('refuses a stale version with CONFLICT and writes nothing', async () => {
    const [, , create] = (await revisionsOf('Practice', practice.id)).edges.map((e: any) => e.node);
    const stale = await server.gql(RESTORE, { id: create.id, v: 1 });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions).toMatchObject({ currentVersion: 3 });
    expect((await revisionsOf('Practice', practice.id)).totalCount).toBe(3);
  });

  it('a restore that breaks a rule is refused whole: no revision, no audit entry', async () => {
    const [, update] = (await revisionsOf('Practice', practice.id)).edges.map((e: any) => e.node);
    // Revision 2 names the theme "inclusion"; with that theme in the trash it cannot come back.
    const theme = await ok(`{ themes(filter: { search: "inclusion" }) { edges { node { id version } } } }`);
    const { id: themeId, version } = theme.themes.edges[0].node;
    await ok(`mutation($id: ID!, $v: Int) { deleteTheme(id: $id, version: $v) { id } }`, {
      id: themeId,
      v: version,
    });
    const audit = async () =>
      (
        await ok(`query($id: ID!) { auditLog(filter: { entityId: $id }) { totalCount } }`, {
          id: practice.id,
        })
      ).auditLog.totalCount;
    const before = await audit();
    const refused = await server.gql(RESTORE, { id: update.id });
    expect(codes(refused)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors![0].extensions!.fields).toEqual([
      {
        field: 'themes',
        message: 'Unknown Theme inclusion',
        reason: 'unknownReference',
        args: { id: 'inclusion' },
      },
    ]);
    expect((await revisionsOf('Practice', practice.id)).totalCount).toBe(3);
    expect(await audit()).toBe(before);
    await ok(`mutation($id: ID!) { restoreFromTrash(entityType: Theme, id: $id) { id } }`, { id: themeId });
  });

  it('editors may read and restore revisions; unknown ids and mixed records are refused', async () => {
    const editor = await server.as(UserRole.EDITOR);
    const list = await editor.ok<any>(
      `query($id: ID!) { revisions(entityType: Practice, id: $id) { edges { node { id version } } } }`,
      { id: practice.id },
    );
    const [latest, , create] = list.revisions.edges.map((e: any) => e.node);
    const restored = await editor.ok<any>(RESTORE, { id: create.id, v: latest.version });
    expect(restored.restoreRevision).toMatchObject({ action: 'RESTORE', version: latest.version + 1 });
    const missing = await editor.gql(RESTORE, { id: '5b6c7d8e-9f00-4a1b-8c2d-3e4f5a6b7c8d' });
    expect(codes(missing)).toEqual(['NOT_FOUND']);
    const other = await revisionsOf('Project', ids.project);
    const mixed = await editor.gql(
      `query($a: ID!, $b: ID!) { revisionDiff(fromId: $a, toId: $b) { changes { field } } }`,
      {
        a: create.id,
        b: other.edges[0].node.id,
      },
    );
    expect(codes(mixed)).toEqual(['BAD_USER_INPUT']);
    const unknownType = await editor.gql(
      `query($t: ContentType!) { revisions(entityType: $t, id: "x") { totalCount } }`,
      {
        t: 'Nomination',
      },
    );
    expect(codes(unknownType)).toEqual(['BAD_USER_INPUT']);
    const nobody = await (
      await server.as('public')
    ).gql(`{ revisions(entityType: Practice, id: "x") { totalCount } }`);
    expect(codes(nobody)).toEqual(['UNAUTHENTICATED']);
  });

  it('volunteer history is personal data: admins only', async () => {
    const volunteer = await ok(
      `mutation { createVolunteer(input: { name: "Иван Петров", email: "ivan@example.org" }) { id } }`,
    );
    const id = volunteer.createVolunteer.id;
    const editor = await server.as(UserRole.EDITOR);
    const refused = await editor.gql(
      `query($id: ID!) { revisions(entityType: Volunteer, id: $id) { totalCount } }`,
      { id },
    );
    expect(codes(refused)).toEqual(['FORBIDDEN']);
    expect((await revisionsOf('Volunteer', id)).edges[0].node.snapshot).toMatchObject({
      email: 'ivan@example.org',
    });
  });
});
