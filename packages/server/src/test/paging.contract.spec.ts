import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLInputObjectType,
  isEnumType,
  isInputObjectType,
  isObjectType,
  isUnionType,
} from 'graphql';
import { SqlLogger } from '../db/sql-logger';
import { codes, fieldErrors } from './expect';
import { startTestServer, type TestServer } from './harness';
import { expectPagesCover, PAGE_FIELDS, type PageSource, walk } from './paging';

/**
 * The paging contract, for every list of the API: derived from the committed schema (which
 * app/schema.spec.ts keeps equal to the code), so a new list is covered without a line here —
 * unless it has required arguments, which REQUIRED_ARGS must then supply.
 */
const schema = buildSchema(readFileSync(path.resolve(__dirname, '../../schema.graphql'), 'utf8'));
const lists = Object.values(schema.getQueryType()!.getFields()).filter((f) =>
  String(f.type).endsWith('Connection!'),
);

let server: TestServer;
let revisedTheme: string;
let webhookId: string;

/** Arguments a list cannot be asked without, as GraphQL argument text. */
const REQUIRED_ARGS: Record<string, () => string> = {
  revisions: () => `entityType: Theme, id: "${revisedTheme}"`,
  trash: () => 'entityType: Theme',
  // The three practices and three networks beforeAll names so (staff also find the drafts).
  search: () => 'query: "еднакво"',
  webhookDeliveries: () => `webhookId: "${webhookId}"`,
  savedViews: () => 'list: "practices"',
};

const PAGING_ARGS = new Set(['first', 'after', 'last', 'before']);

/**
 * What identifies a node of the list: its id, or the code of reference data; a union's members
 * (the search's results) by their ids.
 */
function keyOf(list: GraphQLField<unknown, unknown>): { select: string; key: string } {
  const connection = getNamedType(list.type);
  if (!isObjectType(connection)) throw new Error(`${list.name} does not return an object type`);
  const node = getNamedType(connection.getFields().edges.type);
  const nodeType = isObjectType(node) ? getNamedType(node.getFields().node.type) : undefined;
  if (isUnionType(nodeType)) {
    return {
      select: nodeType
        .getTypes()
        .map((member) => `... on ${member.name} { id }`)
        .join(' '),
      key: 'id',
    };
  }
  const fields = nodeType && isObjectType(nodeType) ? nodeType.getFields() : {};
  if ('id' in fields) return { select: 'id', key: 'id' };
  if ('code' in fields) return { select: 'code', key: 'code' };
  throw new Error(`the nodes of ${list.name} have neither id nor code`);
}

/** Every order a client can ask for: each `orderBy` field and direction, `order`, and the default. */
function orders(list: GraphQLField<unknown, unknown>): string[] {
  const variants = [''];
  for (const arg of list.args) {
    const type = getNamedType(arg.type);
    if (arg.name === 'order' && isEnumType(type)) {
      variants.push(...type.getValues().map((v) => `order: ${v.name}`));
    }
    if (arg.name === 'orderBy' && isInputObjectType(type)) {
      // RELEVANCE orders a search: the records beforeAll names "Еднакво".
      const searched = (c: string) => (c.includes('RELEVANCE') ? ', filter: { search: "еднакво" }' : '');
      variants.push(...combinations(type).map((c) => `orderBy: { ${c} }${searched(c)}`));
    }
  }
  return variants;
}

function combinations(input: GraphQLInputObjectType): string[] {
  return Object.values(input.getFields()).reduce<string[]>(
    (sofar, field) => {
      const type = getNamedType(field.type);
      if (!isEnumType(type)) return sofar;
      return sofar.flatMap((s) =>
        type.getValues().map((v) => `${s}${s ? ', ' : ''}${field.name}: ${v.name}`),
      );
    },
    [''],
  );
}

function requiredArgs(list: GraphQLField<unknown, unknown>): string {
  const missing = list.args.filter(
    (a) => !PAGING_ARGS.has(a.name) && String(a.type).endsWith('!') && a.defaultValue === undefined,
  );
  if (!missing.length) return '';
  const args = REQUIRED_ARGS[list.name];
  if (!args) throw new Error(`${list.name} requires ${missing.map((a) => a.name)}: add it to REQUIRED_ARGS`);
  return `${args()}, `;
}

function source(list: GraphQLField<unknown, unknown>, order: string): PageSource {
  const { select, key } = keyOf(list);
  return async (paging) => {
    const args = `${requiredArgs(list)}${order ? `${order}, ` : ''}${paging}`;
    const data = await server.ok(
      `{ list: ${list.name}(${args}) { ${PAGE_FIELDS} edges { node { ${select} } } } }`,
    );
    return { ...data.list, keys: data.list.edges.map((e: { node: Record<string, string> }) => e.node[key]) };
  };
}

beforeAll(async () => {
  server = await startTestServer({ demo: true });
  // What the demo content lacks: one record with several revisions, deleted records (the trash),
  // and admin actions (the audit log). Equal labels give the theme order ties to break.
  const theme = await server.ok(
    `mutation { createTheme(input: { label: { bg: "Договор" } }) { id version } }`,
  );
  revisedTheme = theme.createTheme.id;
  for (let version = 1; version <= 3; version += 1) {
    await server.ok(`mutation($input: UpdateThemeInput!) { updateTheme(input: $input) { id } }`, {
      input: { id: revisedTheme, version, label: { bg: `Договор ${version}` } },
    });
  }
  // Three of each with one name, so the lists the demo fills thinly have ties to break too.
  for (const create of [
    'createPractice(input: { title: { bg: "Еднакво" } })',
    'createProject(input: { title: { bg: "Еднакво" } })',
    'createOrganization(input: { name: { bg: "Еднакво" }, kind: NGO })',
    'createPartnerNetwork(input: { name: { bg: "Еднакво" }, scope: REGIONAL })',
    'createVolunteerProgramme(input: { name: { bg: "Еднакво" } })',
    'createTheme(input: { label: { bg: "Еднакво" } })',
  ]) {
    for (let i = 0; i < 3; i += 1) await server.ok(`mutation { ${create} { id } }`);
  }
  // Three webhooks, and deliveries for the first: edits of a published practice (the endpoint
  // answers nothing; the deliveries stay in the outbox either way).
  const { organizations, practices } = await (
    await server.as('public')
  ).ok('{ organizations(first: 1) { edges { node { id } } } practices(first: 1) { edges { node { id } } } }');
  const { practice: published } = await server.ok('query($id: ID!) { practice(id: $id) { id version } }', {
    id: practices.edges[0].node.id,
  });
  const organizationId = organizations.edges[0].node.id;
  for (let i = 0; i < 3; i += 1) {
    const hook = await server.ok(
      'mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }',
      { input: { url: 'http://127.0.0.1:9/hook', events: ['practice.updated'], organizationId } },
    );
    webhookId ??= hook.createWebhook.webhook.id;
  }
  const practice = { ...published };
  for (let i = 0; i < 3; i += 1) {
    const { updatePractice } = await server.ok(
      'mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { version } }',
      { input: { id: practice.id, version: practice.version, summary: { bg: `Обобщение ${i}` } } },
    );
    practice.version = updatePractice.version;
  }
  // Three import jobs (previews of one page each).
  for (let i = 0; i < 3; i += 1) {
    await server.ok(
      `mutation { startImport(input: { kind: FLGR, files: [{ name: "${i}.txt", text: "Заглавие ${i}\\nПредистория\\nТекст." }] }) { id } }`,
    );
  }
  // Three saved views of the practice list (names are unique per person: the ids break no ties).
  for (let i = 0; i < 3; i += 1) {
    await server.ok(
      `mutation { createSavedView(input: { list: "practices", name: "Изглед ${i}", query: "sort=title" }) { id } }`,
    );
  }
  for (let i = 0; i < 3; i += 1) {
    const made = await server.ok(`mutation { createTheme(input: { label: { bg: "Изтрита" } }) { id } }`);
    await server.ok(`mutation($id: ID!) { deleteTheme(id: $id) { id } }`, { id: made.createTheme.id });
  }
}, 180_000);
afterAll(() => server.stop());

it('covers every list of the API', () => {
  expect(lists.length).toBeGreaterThanOrEqual(14);
});

describe.each(lists.map((list) => [list.name, list] as const))('%s', (_, list) => {
  it('pages forwards and backwards, in every order it offers, without gaps or duplicates', async () => {
    for (const order of orders(list)) {
      const pages = source(list, order);
      const all = await walk(pages, 'forwards', 100);
      // Too few records would prove nothing: the demo content or beforeAll must supply them.
      expect([order, all.length >= 3]).toEqual([order, true]);
      const third = Math.min(100, Math.max(2, Math.ceil(all.length / 3)));
      await expectPagesCover(pages, all, { forwards: third, backwards: Math.max(2, third - 1) });
    }
  });

  it('counts totalCount only when it is asked, and gives the same count however it is asked', async () => {
    const required = requiredArgs(list);
    const connection = getNamedType(list.type).name;
    const field = `${list.name}(${required}first: 2)`;
    const direct = await server.ok(`{ list: ${field} { totalCount } }`);
    expect(direct.list.totalCount).toBeGreaterThan(0);
    const asked = [
      `{ list: ${field} { n: totalCount } }`,
      `{ list: ${field} { ...F } } fragment F on ${connection} { n: totalCount }`,
      `{ list: ${field} { ... on ${connection} { n: totalCount } } }`,
    ];
    for (const query of asked) {
      expect([query, (await server.ok(query)).list.n]).toEqual([query, direct.list.totalCount]);
    }
    const sql = jest.spyOn(SqlLogger.prototype, 'logQuery');
    try {
      const page = await server.ok(`{ list: ${field} { edges { cursor } } }`);
      expect(page.list.edges.length).toBeGreaterThan(0);
      expect(sql.mock.calls.map(([text]) => text).filter((text) => /COUNT\(/i.test(text))).toEqual([]);
    } finally {
      sql.mockRestore();
    }
  });

  it('refuses pages over 100 and a forged cursor with BAD_USER_INPUT naming the argument', async () => {
    const required = requiredArgs(list);
    for (const arg of ['first', 'last']) {
      const answer = await server.gql(`{ ${list.name}(${required}${arg}: 101) { totalCount } }`);
      expect(codes(answer)).toEqual(['BAD_USER_INPUT']);
      expect(fieldErrors(answer)).toEqual([
        expect.objectContaining({ field: arg, message: expect.stringMatching(/at most 100/) }),
      ]);
    }
    const forged = await server.gql(`{ ${list.name}(${required}first: 2, after: "forged") { totalCount } }`);
    expect(codes(forged)).toEqual(['BAD_USER_INPUT']);
  });
});
