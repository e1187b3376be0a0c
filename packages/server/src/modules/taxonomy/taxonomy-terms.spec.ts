import { UserRole } from '../../common/principal';
import { practice } from '../practice';
import { search } from '../search';
import { type Client, startModuleServer, type TestServer } from '../../test/harness';
import { codes, fields } from '../../test/expect';

let server: TestServer;
beforeAll(async () => {
  server = await startModuleServer([practice, search]);
});
afterAll(() => server.stop());

type Kind = 'Theme' | 'TargetGroup' | 'ServiceType';
const LIST: Record<Kind, string> = {
  Theme: 'themes',
  TargetGroup: 'targetGroups',
  ServiceType: 'serviceTypes',
};
const MANY: Record<Kind, string> = {
  Theme: 'Themes',
  TargetGroup: 'TargetGroups',
  ServiceType: 'ServiceTypes',
};

interface Term {
  id: string;
  slug: string;
  label: string;
  version: number;
}

async function create(kind: Kind, bg: string): Promise<Term> {
  const data = await server.ok(
    `mutation($input: Create${kind}Input!) { t: create${kind}(input: $input) { id slug label version } }`,
    { input: { label: { bg } } },
  );
  return data.t;
}

async function slugs(kind: Kind): Promise<string[]> {
  const data = await server.ok(`{ list: ${LIST[kind]}(first: 100) { edges { node { slug } } } }`);
  return data.list.edges.map((e: any) => e.node.slug);
}

async function ids(kind: Kind): Promise<string[]> {
  const data = await server.ok(`{ list: ${LIST[kind]}(first: 100) { edges { node { id } } } }`);
  return data.list.edges.map((e: any) => e.node.id);
}

const reorder = (kind: Kind, order: string[], client: Client = server) =>
  client.gql(`mutation($ids: [ID!]!) { r: reorder${MANY[kind]}(ids: $ids) { slug position } }`, {
    ids: order,
  });

const merge = (kind: Kind, sourceId: string, targetId: string, client: Client = server) =>
  client.gql(`mutation($input: MergeTermsInput!) { m: merge${MANY[kind]}(input: $input) { id slug } }`, {
    input: { sourceId, targetId },
  });

async function usage(kind: Kind, id: string) {
  const data = await server.ok(
    `{ list: ${LIST[kind]}(first: 100) { edges { node { id usage { practices projects } } } } }`,
  );
  return data.list.edges.find((e: any) => e.node.id === id).node.usage;
}

async function createPractice(input: Record<string, unknown>) {
  const data = await server.ok(
    `mutation($input: CreatePracticeInput!) { p: createPractice(input: $input) { id version } }`,
    { input },
  );
  return data.p as { id: string; version: number };
}

async function createProject(input: Record<string, unknown>) {
  const data = await server.ok(
    `mutation($input: CreateProjectInput!) { p: createProject(input: $input) { id version } }`,
    { input },
  );
  return data.p as { id: string; version: number };
}

async function practiceTags(id: string) {
  const data = await server.ok(
    `query($id: ID!) { practice(id: $id) { version themes { slug } serviceTypes { slug } } }`,
    { id },
  );
  return data.practice;
}

const trash = (id: string) => server.ok(`mutation($id: ID!) { deletePractice(id: $id) { id } }`, { id });

describe('seeded terms', () => {
  it('every installation has the service types of the Social Services Act, older people and elderly care', async () => {
    expect(await slugs('ServiceType')).toEqual([
      'information-counselling',
      'advocacy-mediation',
      'community-work',
      'early-intervention',
      'therapy-rehabilitation',
      'skills-training',
      'work-skills-support',
      'day-care',
      'day-centre',
      'hourly-services',
      'home-care',
      'personal-assistance',
      'residential-care',
      'family-type-placement-centre',
      'shelter',
    ]);
    const en = await server.ok(`{ targetGroups(locale: EN, filter: { search: "older-people" }) {
      edges { node { slug label localization { served } } } } }`);
    expect(en.targetGroups.edges.map((e: any) => e.node)).toEqual([
      { slug: 'older-people', label: 'Older people', localization: { served: 'EN' } },
    ]);
    const bg = await server.ok(`{ themes(filter: { search: "elderly-care" }) { edges { node { label } } } }`);
    expect(bg.themes.edges.map((e: any) => e.node.label)).toEqual(['Грижа за възрастни хора']);
  });
});

describe('ordering', () => {
  it("reorders service types: the list follows the editors' order", async () => {
    const before = await ids('ServiceType');
    const reversed = [...before].reverse();
    const result = await reorder('ServiceType', reversed);
    expect(result.errors).toBeUndefined();
    expect(result.data!.r.map((t: any) => t.position)).toEqual(reversed.map((_, i) => i + 1));
    expect(await ids('ServiceType')).toEqual(reversed);
    expect((await reorder('ServiceType', before)).errors).toBeUndefined();
  });

  it('refuses an order that leaves a term out, names one twice or an unknown one, and keeps the order', async () => {
    const order = await ids('TargetGroup');
    const unknown = '4f7c1f0e-8b1a-4d59-9a49-2b0c7d7e1a11';
    for (const wrong of [
      order.slice(1),
      [...order, order[0]],
      [...order, unknown],
      [...order.slice(1), 'not-an-id'],
    ]) {
      const result = await reorder('TargetGroup', wrong);
      expect(codes(result)).toEqual(['BAD_USER_INPUT']);
      expect(fields(result)).toContain('ids');
    }
    expect(await ids('TargetGroup')).toEqual(order);
  });
});

describe('usage counts', () => {
  it('counts practices and projects in any status, not those in the trash; staff only', async () => {
    const term = await create('ServiceType', 'Мобилна грижа');
    await createPractice({ title: { bg: 'Мобилен екип в Луковит' }, serviceTypes: [term.slug] });
    await createPractice({
      title: { bg: 'Мобилен екип в Тетевен' },
      serviceTypes: [term.slug],
      status: 'PUBLISHED',
    });
    const trashed = await createPractice({
      title: { bg: 'Мобилен екип в Ябланица' },
      serviceTypes: [term.slug],
    });
    await trash(trashed.id);
    await createProject({ title: { bg: 'Мобилни услуги в Ловешко' }, serviceTypes: [term.slug] });
    expect(await usage('ServiceType', term.id)).toEqual({ practices: 2, projects: 1 });

    const publicly = await (
      await server.as('public')
    ).gql(`{ serviceTypes(first: 1) { edges { node { usage { practices } } } } }`);
    expect(codes(publicly)).toEqual(['FORBIDDEN']);
  });

  it('reads the counts of a page of terms in statements that do not grow with the page', async () => {
    const query = (first: number) =>
      server.ok(`{ serviceTypes(first: ${first}) { edges { node { slug usage { practices projects } } } } }`);
    const small = await server.countStatements(() => query(2));
    const large = await server.countStatements(() => query(12));
    expect(large).toBe(small);
  });
});

describe('merging', () => {
  it('moves every record of the source to the target once, puts the source in the trash, records in the trash too', async () => {
    const source = await create('Theme', 'Грижа за стари хора');
    const target = await create('Theme', 'Грижа в напреднала възраст');
    const other = await create('Theme', 'Самотни хора');
    const only = await createPractice({
      title: { bg: 'Топъл обяд в Бяла' },
      themes: [source.slug, other.slug],
    });
    const both = await createPractice({
      title: { bg: 'Клуб в Две могили' },
      themes: [source.slug, target.slug],
    });
    const project = await createProject({ title: { bg: 'Грижа у дома в Русе' }, themes: [source.slug] });
    const inTrash = await createPractice({ title: { bg: 'Патронаж в Ветово' }, themes: [source.slug] });
    await trash(inTrash.id);

    const result = await merge('Theme', source.id, target.id);
    expect(result.errors).toBeUndefined();
    expect(result.data!.m).toEqual({ id: target.id, slug: target.slug });

    const moved = await practiceTags(only.id);
    expect(moved.themes.map((t: any) => t.slug).sort()).toEqual([target.slug, other.slug].sort());
    // The retag is an edit of the practice: a new version (its revision, index and caches follow).
    expect(moved.version).toBe(only.version + 1);
    expect((await practiceTags(both.id)).themes).toEqual([{ slug: target.slug }]);
    const filtered = await server.ok(
      `query($t: [String!]) { projects(filter: { themes: $t }) { edges { node { id } } } }`,
      {
        t: [target.slug],
      },
    );
    expect(filtered.projects.edges.map((e: any) => e.node.id)).toEqual([project.id]);
    expect(await usage('Theme', target.id)).toEqual({ practices: 2, projects: 1 });
    expect(await slugs('Theme')).not.toContain(source.slug);

    const restored = await server.gql(
      `mutation($id: ID!) { restoreFromTrash(entityType: Practice, id: $id) { entityId } }`,
      { id: inTrash.id },
    );
    expect(restored.errors).toBeUndefined();
    expect((await practiceTags(inTrash.id)).themes).toEqual([{ slug: target.slug }]);

    const log = await server.ok(
      `query($id: ID!) { auditLog(filter: { entityId: $id }) { edges { node { action } } } }`,
      {
        id: only.id,
      },
    );
    expect(log.auditLog.edges.map((e: any) => e.node.action)).toContain('practice.update');
  });

  it('refuses merging a term into itself, and an unknown or trashed term, changing nothing', async () => {
    const a = await create('ServiceType', 'Приют за бездомни');
    const b = await create('ServiceType', 'Кризисен център');
    const practiceA = await createPractice({ title: { bg: 'Приют в Сливен' }, serviceTypes: [a.slug] });
    const self = await merge('ServiceType', a.id, a.id);
    expect(codes(self)).toEqual(['BAD_USER_INPUT']);
    expect(fields(self)).toEqual(['targetId']);
    expect(codes(await merge('ServiceType', a.id, '4f7c1f0e-8b1a-4d59-9a49-2b0c7d7e1a11'))).toEqual([
      'NOT_FOUND',
    ]);
    expect((await merge('ServiceType', a.id, b.id)).errors).toBeUndefined();
    expect(codes(await merge('ServiceType', a.id, b.id))).toEqual(['NOT_FOUND']);
    expect((await practiceTags(practiceA.id)).serviceTypes).toEqual([{ slug: b.slug }]);
  });
});

describe('service types on practices and projects', () => {
  it('tags a practice and a project with service types and filters both lists by them', async () => {
    const day = await createPractice({
      title: { bg: 'Дневен център в Бургас' },
      serviceTypes: ['day-centre', 'day-care'],
    });
    await createPractice({
      title: { bg: 'Консултации в Бургас' },
      serviceTypes: ['information-counselling'],
    });
    const project = await createProject({ title: { bg: 'Нов дневен център' }, serviceTypes: ['day-centre'] });
    const tags = await practiceTags(day.id);
    // In the editors' order: the day care comes before the day centre.
    expect(tags.serviceTypes).toEqual([{ slug: 'day-care' }, { slug: 'day-centre' }]);
    const lists = await server.ok(`{
      practices(filter: { serviceTypes: ["day-centre"] }) { edges { node { id } } }
      projects(filter: { serviceTypes: ["day-centre"] }) { edges { node { id } } } }`);
    expect(lists.practices.edges.map((e: any) => e.node.id)).toEqual([day.id]);
    expect(lists.projects.edges.map((e: any) => e.node.id)).toEqual([project.id]);
    const unknown = await server.gql(
      `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`,
      {
        input: { title: { bg: 'Нещо' }, serviceTypes: ['no-such-service'] },
      },
    );
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(fields(unknown)).toEqual(['serviceTypes']);
  });
});

describe('service types in the search', () => {
  it('filters the search by service type and counts the results per service type', async () => {
    const shelter = await createPractice({
      title: { bg: 'Кризисен приют в Шумен' },
      serviceTypes: ['shelter'],
      status: 'PUBLISHED',
    });
    await createPractice({ title: { bg: 'Кризисен център в Шумен' }, status: 'PUBLISHED' });
    const data = await server.ok(`{ search(query: "Шумен", filter: { serviceTypes: ["shelter"] }) {
      edges { node { ... on Practice { id } } } facets { serviceTypes { value count } } } }`);
    expect(data.search.edges.map((e: any) => e.node.id)).toEqual([shelter.id]);
    expect(data.search.facets.serviceTypes).toEqual([{ value: 'shelter', count: 1 }]);
  });
});

describe('who may', () => {
  it('a moderator may not create, reorder or merge terms', async () => {
    const moderator = await server.as(UserRole.MODERATOR);
    const [first, second] = await ids('Theme');
    expect(codes(await reorder('Theme', await ids('Theme'), moderator))).toEqual(['FORBIDDEN']);
    expect(codes(await merge('Theme', first, second, moderator))).toEqual(['FORBIDDEN']);
    const created = await moderator.gql(
      `mutation { createServiceType(input: { label: { bg: "Друго" } }) { id } }`,
    );
    expect(codes(created)).toEqual(['FORBIDDEN']);
    expect(await ids('Theme')).toContain(first);
  });
});
