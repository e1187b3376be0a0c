import { practice } from '../practice';
import { startModuleServer, type TestServer } from '../../test/harness';
import { codes, fields } from '../../test/expect';
import { expectPagesCover, type PageSource } from '../../test/paging';

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([practice]);
});
afterAll(() => server.stop());

type Kind = 'Theme' | 'TargetGroup';
const LIST: Record<Kind, string> = { Theme: 'themes', TargetGroup: 'targetGroups' };
const TERM = 'id slug label version localization { served stale fallbackFields }';

function createTerm(kind: Kind, input: Record<string, unknown>) {
  return server.gql(`mutation($input: Create${kind}Input!) { create${kind}(input: $input) { ${TERM} } }`, {
    input,
  });
}

async function create(kind: Kind, input: Record<string, unknown>) {
  const result = await createTerm(kind, input);
  expect(result.errors).toBeUndefined();
  return result.data![`create${kind}`];
}

function update(kind: Kind, input: Record<string, unknown>) {
  return server.gql(`mutation($input: Update${kind}Input!) { update${kind}(input: $input) { ${TERM} } }`, {
    input,
  });
}

function remove(kind: Kind, id: string, version?: number) {
  return server.gql(
    `mutation($id: ID!, $version: Int) { delete${kind}(id: $id, version: $version) { id } }`,
    {
      id,
      version,
    },
  );
}

async function list(kind: Kind, args = '') {
  const data = await server.ok(`{ ${LIST[kind]}${args} {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id slug label } } } }`);
  return data[LIST[kind]];
}

describe('themes', () => {
  it('creates a theme with a Latin slug transliterated from the Bulgarian label, -2 when taken', async () => {
    const theme = await create('Theme', {
      label: { bg: 'Ранна детска интервенция', en: 'Early childhood intervention' },
    });
    expect(theme).toMatchObject({
      slug: 'ranna-detska-interventsia',
      label: 'Ранна детска интервенция',
      version: 1,
    });
    const twin = await create('Theme', { label: { bg: 'Ранна детска интервенция' } });
    expect(twin.slug).toBe('ranna-detska-interventsia-2');
    const explicit = await create('Theme', { label: { bg: 'Приемна грижа' }, slug: 'foster-care' });
    expect(explicit.slug).toBe('foster-care');
  });

  it('refuses a taken or non-Latin slug and an empty label, naming the field', async () => {
    await create('Theme', { label: { bg: 'Деинституционализация' }, slug: 'deinstitutionalisation' });
    const taken = await createTerm('Theme', { label: { bg: 'Друго' }, slug: 'deinstitutionalisation' });
    expect(codes(taken)).toEqual(['BAD_USER_INPUT']);
    expect(fields(taken)).toEqual(['slug']);
    const cyrillic = await createTerm('Theme', { label: { bg: 'Друго' }, slug: 'Друго' });
    expect(codes(cyrillic)).toEqual(['BAD_USER_INPUT']);
    expect(fields(cyrillic)).toContain('slug');
    const empty = await createTerm('Theme', { label: { bg: '' } });
    expect(codes(empty)).toEqual(['BAD_USER_INPUT']);
    expect(fields(empty)).toContain('label.bg');
  });

  it('refuses a Bulgarian label made only of spaces, like an empty one', async () => {
    const blank = await createTerm('Theme', { label: { bg: '   ' } });
    expect(codes(blank)).toEqual(['BAD_USER_INPUT']);
    expect(fields(blank)).toContain('label.bg');
  });

  it('updates with the current version, keeps the slug stable and marks English as stale', async () => {
    const theme = await create('Theme', {
      label: { bg: 'Социално включване', en: 'Social inclusion' },
    });
    const result = await update('Theme', {
      id: theme.id,
      version: theme.version,
      label: { bg: 'Социално включване на уязвими групи', en: 'Social inclusion' },
    });
    expect(result.errors).toBeUndefined();
    const updated = result.data!.updateTheme;
    expect(updated).toMatchObject({
      label: 'Социално включване на уязвими групи',
      slug: 'sotsialno-vklyuchvane',
      version: theme.version + 1,
    });
    const data = await server.ok(`{ themes(locale: EN, filter: { search: "sotsialno-vklyuchvane" }) {
      edges { node { slug label localization { stale } } } } }`);
    expect(data.themes.edges.map((e: any) => e.node)).toEqual([
      { slug: 'sotsialno-vklyuchvane', label: 'Social inclusion', localization: { stale: true } },
    ]);
    // Keeping its own slug is not a clash with itself.
    const same = await update('Theme', {
      id: theme.id,
      version: updated.version,
      slug: 'sotsialno-vklyuchvane',
    });
    expect(same.errors).toBeUndefined();
    expect(same.data!.updateTheme.slug).toBe('sotsialno-vklyuchvane');
  });

  it('refuses a stale version with CONFLICT and leaves the theme as it was', async () => {
    const theme = await create('Theme', { label: { bg: 'Превенция на насилието' } });
    await update('Theme', {
      id: theme.id,
      version: theme.version,
      label: { bg: 'Превенция на домашното насилие' },
    });
    const stale = await update('Theme', {
      id: theme.id,
      version: theme.version,
      label: { bg: 'Нещо друго' },
    });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(theme.version + 1);
    const after = await list('Theme', '(filter: { search: "prevent" })');
    expect(after.edges.map((e: any) => e.node.label)).toEqual(['Превенция на домашното насилие']);
  });

  it('deletes a theme: gone from the list and from practices tagged with it', async () => {
    const theme = await create('Theme', { label: { bg: 'Младежка заетост' } });
    const practice = await server.ok(
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id themes { slug } } }`,
      { input: { title: { bg: 'Младежки център в Габрово' }, themes: [theme.slug] } },
    );
    expect(practice.createPractice.themes).toEqual([{ slug: 'mladezhka-zaetost' }]);
    const stale = await remove('Theme', theme.id, theme.version + 5);
    expect(codes(stale)).toEqual(['CONFLICT']);
    const deleted = await remove('Theme', theme.id, theme.version);
    expect(deleted.errors).toBeUndefined();
    expect((await list('Theme', '(filter: { search: "mladezhka" })')).totalCount).toBe(0);
    const reread = await server.ok(`query($id: ID!) { practice(id: $id) { themes { slug } } }`, {
      id: practice.createPractice.id,
    });
    expect(reread.practice.themes).toEqual([]);
    const again = await update('Theme', { id: theme.id, version: theme.version + 1, label: { bg: 'x' } });
    expect(codes(again)).toEqual(['NOT_FOUND']);
    // A deleted theme's slug can no longer tag new content.
    const tagging = await server.gql(
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`,
      { input: { title: { bg: 'Още една практика' }, themes: [theme.slug] } },
    );
    expect(codes(tagging)).toEqual(['BAD_USER_INPUT']);
    expect(fields(tagging)).toEqual(['themes']);
  });

  it('answers NOT_FOUND for unknown and malformed ids', async () => {
    for (const id of ['4f7c1f0e-8b1a-4d59-9a49-2b0c7d7e1a11', 'not-an-id']) {
      expect(codes(await remove('Theme', id))).toEqual(['NOT_FOUND']);
      expect(codes(await update('Theme', { id, version: 1, label: { bg: 'Тема' } }))).toEqual(['NOT_FOUND']);
    }
  });

  it('says which language a label was served in: EN when translated, fallback to Bulgarian when not', async () => {
    await create('Theme', { label: { bg: 'Грижа за хора с деменция' } });
    await create('Theme', { label: { bg: 'Дневен център', en: 'Day care centre' } });
    const data = await server.ok(`{ themes(locale: EN, filter: { search: "dnev" }) {
      edges { node { label localization { requested served fallbackFields } } } } }`);
    expect(data.themes.edges[0].node).toEqual({
      label: 'Day care centre',
      localization: { requested: 'EN', served: 'EN', fallbackFields: [] },
    });
    const fallback = await server.ok(`{ themes(locale: EN, filter: { search: "Грижа за хора с деменция" }) {
      edges { node { label localization { requested served fallbackFields } } } } }`);
    expect(fallback.themes.edges[0].node).toEqual({
      label: 'Грижа за хора с деменция',
      localization: { requested: 'EN', served: 'BG', fallbackFields: ['label'] },
    });
  });

  it("lists themes in the editors' order, a new one last, and pages both ways without gaps or duplicates", async () => {
    for (const bg of ['Образование', 'Здравеопазване', 'Здравеопазване', 'Здравеопазване']) {
      await create('Theme', { label: { bg } });
    }
    const all = await list('Theme', '(first: 100)');
    const labels = all.edges.map((e: any) => e.node.label);
    expect(labels.slice(-4)).toEqual(['Образование', 'Здравеопазване', 'Здравеопазване', 'Здравеопазване']);
    const page: PageSource = async (args) => {
      const data = await list('Theme', `(${args})`);
      return { ...data, keys: data.edges.map((e: any) => e.node.id) };
    };
    await expectPagesCover(
      page,
      all.edges.map((e: any) => e.node.id),
      { forwards: 2, backwards: 3 },
    );
  });
});

describe('target groups', () => {
  it('creates, updates, refuses stale versions and deletes a target group', async () => {
    const group = await create('TargetGroup', {
      label: { bg: 'Деца в риск', en: 'Children at risk' },
    });
    expect(group).toMatchObject({ slug: 'detsa-v-risk', label: 'Деца в риск', version: 1 });
    expect((await create('TargetGroup', { label: { bg: 'Деца в риск' } })).slug).toBe('detsa-v-risk-2');

    const updated = await update('TargetGroup', {
      id: group.id,
      version: group.version,
      label: { bg: 'Деца и семейства в риск', en: 'Children and families at risk' },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data!.updateTargetGroup).toMatchObject({
      slug: 'detsa-v-risk',
      label: 'Деца и семейства в риск',
      version: group.version + 1,
    });

    const stale = await update('TargetGroup', { id: group.id, version: group.version, label: { bg: 'Х' } });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(stale.errors![0].extensions!.currentVersion).toBe(group.version + 1);

    const empty = await createTerm('TargetGroup', { label: { bg: '' } });
    expect(fields(empty)).toContain('label.bg');

    expect((await remove('TargetGroup', group.id)).errors).toBeUndefined();
    const left = await list('TargetGroup', '(filter: { search: "detsa-v-risk" })');
    expect(left.edges.map((e: any) => e.node.slug)).toEqual(['detsa-v-risk-2']);
    expect(codes(await remove('TargetGroup', group.id))).toEqual(['NOT_FOUND']);
  });
});
