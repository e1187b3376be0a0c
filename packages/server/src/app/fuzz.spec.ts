import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import http from 'node:http';
import { encodeCursor } from '../common/pagination/cursor';
import { solvePow } from '../modules/nomination/altcha';
import { startTestServer, type TestServer } from '../test/harness';
import { LIMITS } from './hardening';
import { createLogger } from './logger';

/**
 * Seeded fuzzing of what the public can reach: the public queries and submitNomination, over
 * HTTP against a production server. Whatever comes in, the answer is data or a coded client
 * error: never INTERNAL_SERVER_ERROR, never a 5xx, nothing logged above info.
 * FUZZ_SEED repeats a run (the summary line names the seed); FUZZ_INPUTS changes its length.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20260601);
const INPUTS = Number(process.env.FUZZ_INPUTS ?? 5000);
const CONCURRENCY = 8;

const QUERIES = [
  'practices',
  'projects',
  'organizations',
  'partnerNetworks',
  'volunteerProgrammes',
  'municipalities',
  'districts',
  'themes',
  'targetGroups',
  'practice',
  'project',
  'organization',
  'partnerNetwork',
  'volunteerProgramme',
  'nominationChallenge',
];

/** mulberry32: small, and the same sequence for the same seed on every machine. */
class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

// NUL, lone surrogates, bidi overrides, zero-width and combining marks, SQL and LIKE specials.
// prettier-ignore
const CHARS = [
  '\u0000', '\ud800', '\udbff', '\udc00', '\udfff', '\u202e', '\u2066', '\u200b', '\ufeff', '\u0301',
  "'", '"', '\\', '%', '_', '<', '&', ';', '\n', '\t', ' ', 'a', '0', 'ж', '😀', '\u{10ffff}',
];
// prettier-ignore
const SNIPPETS = [
  "' OR '1'='1", "'; DROP TABLE practice; --", '1); SELECT pg_sleep(10); --', '%', '%_%', '\\', '$1',
  '::text', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', 'javascript:alert(1)',
  '{{7*7}}', '${7*7}', '__proto__', 'constructor', '../../etc/passwd', 'null', 'NaN', '-infinity',
  '1e999999', '-0', '2020-02-30', '0000-00-00', '9999-12-31T23:59:59Z', '\u202eтекст',
  'Z\u0338\u0322a\u0334lgo', '👩‍👩‍👧‍👦', 'SOF', 'PDV', 'PDV26', '', ' ', 'x@y', 'a@b.c\u0000', 'маria@пример.бг',
];
const INTS = [
  0,
  -1,
  1,
  2,
  20,
  100,
  101,
  2147483647,
  2147483648,
  -2147483649,
  1e20,
  1.5,
  -0,
  '10',
  true,
  null,
];
// prettier-ignore
const FORGED_KEYS = [
  '1e999999', 'not-a-date', '', '2020-13-45', '-infinity', 'infinity', '99999999999999999999', '1.5',
  'NaN', "' OR 1=1", null, '2015-05-25 06:00:00+00', '2015-02-30', '24:00', 'a\u0000b', '\ud800', '1',
];
const IDS = [
  '00000000-0000-4000-8000-000000000000',
  'not-a-uuid',
  '',
  '1',
  `${'f'.repeat(8)}-ffff-ffff-ffff-${'f'.repeat(13)}`,
];
/** Addresses that pass as e-mail, odd ones included: the rest of such an input is stored. */
const EMAILS = [
  'maria@example.org',
  'Maria+obmen@Example.ORG',
  ' maria@example.org ',
  'x@y.bg',
  'a.b-c_d@sub.example.com',
];
const TOKENS = '{ } ( ) [ ] : $ ... @ ! = | & query mutation practices fragment on'.split(' ');

/** Real values mixed in, so that many inputs get past the first check. */
interface Known {
  ids: string[];
  strings: string[];
  cursors: string[];
  practiceId: string;
}

function hostileString(r: Random, known: Known): string {
  switch (r.int(6)) {
    case 0:
      return r.pick(SNIPPETS);
    case 1:
      return Array.from({ length: 1 + r.int(20) }, () => r.pick(CHARS)).join('');
    case 2:
      return `${r.pick(known.strings)}${r.pick(CHARS)}${r.pick(SNIPPETS)}`;
    case 3:
      // Now and then past the body limit: PAYLOAD_TOO_LARGE.
      return r.pick(CHARS).repeat(r.chance(0.002) ? LIMITS.bodyBytes : 1 + r.int(r.chance(0.1) ? 5000 : 300));
    default:
      return r.pick(known.strings);
  }
}

/** Any JSON at all: the wrong type for whatever it is sent as, nested a little or very deep. */
function garbage(r: Random, known: Known, depth = 0): unknown {
  switch (depth > 2 ? r.int(4) : r.int(7)) {
    case 0:
      return hostileString(r, known);
    case 1:
      return r.pick(INTS);
    case 2:
      return r.pick([true, false, null, {}, []]);
    case 3:
      return r.pick(known.ids);
    case 4:
      return Array.from({ length: r.int(4) }, () => garbage(r, known, depth + 1));
    case 5:
      return Object.fromEntries(
        Array.from({ length: r.int(4) }, () => [hostileString(r, known), garbage(r, known, depth + 1)]),
      );
    default: {
      let deep: unknown = garbage(r, known, 3);
      for (let level = r.int(r.chance(0.2) ? 1000 : 30); level > 0; level -= 1)
        deep = r.chance(0.5) ? [deep] : { a: deep };
      return deep;
    }
  }
}

/** Real cursors, forged ones with keys no list has, broken base64, and mere text. */
function cursor(r: Random, known: Known): unknown {
  switch (r.int(6)) {
    case 0:
      return r.pick(known.cursors);
    case 1:
      return encodeCursor({ key: r.pick(FORGED_KEYS), id: r.pick([...IDS, ...known.ids]) });
    case 2:
      return Buffer.from(hostileString(r, known)).toString(r.chance(0.5) ? 'base64url' : 'base64');
    case 3: {
      const real = r.pick(known.cursors);
      const at = r.int(real.length);
      return `${real.slice(0, at)}${r.pick(['A', '_', '-', '=', '/'])}${real.slice(at + 1)}`;
    }
    case 4:
      return Buffer.from(JSON.stringify(garbage(r, known)) ?? '').toString('base64url');
    default:
      return hostileString(r, known);
  }
}

/** A value for an argument or input field of this type: often wrong, in many ways. */
function valueFor(type: GraphQLInputType, name: string, r: Random, known: Known, depth = 0): unknown {
  if (r.chance(0.06)) return garbage(r, known);
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = () => valueFor(nullable.ofType, name, r, known, depth + 1);
    if (r.chance(0.1)) return item();
    // Long lists repeat one value: past graphql-js' 50 errors, past ArrayMaxSize.
    if (r.chance(0.05))
      return new Array(r.pick([60, 1000])).fill(r.chance(0.5) ? r.pick(known.strings) : r.pick(INTS));
    return Array.from({ length: r.pick([0, 1, 1, 2, 3, 5]) }, item);
  }
  if (isEnumType(nullable))
    return r.chance(0.7)
      ? r.pick(nullable.getValues()).name
      : r.pick(['', 'draft', 'DROP', 5, 'BG\u0000', null]);
  if (isInputObjectType(nullable)) {
    if (depth > 3) return {};
    const value: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields()))
      if (r.chance(isNonNullType(field.type) ? 0.95 : 0.4))
        value[field.name] = valueFor(field.type, field.name, r, known, depth + 1);
    if (r.chance(0.05)) value[hostileString(r, known)] = garbage(r, known);
    return value;
  }
  if (name === 'after' || name === 'before') return cursor(r, known);
  switch (nullable.name) {
    case 'Int':
      return r.pick(INTS);
    case 'Boolean':
      return r.pick([true, false, 'true', 0]);
    case 'ID':
      return r.chance(0.6) ? r.pick([...IDS, ...known.ids]) : hostileString(r, known);
    case 'LocalDate':
      return r.chance(0.5)
        ? r.pick(['2020-01-01', '2020-02-30', '0000-01-01', '99999-01-01'])
        : garbage(r, known);
    default:
      return r.chance(0.8) ? hostileString(r, known) : garbage(r, known);
  }
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** The same value written into the query text instead of a variable. */
function literal(value: unknown, type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const item = isListType(nullable) ? nullable.ofType : nullable;
    return `[${value.map((v) => literal(v, item)).join(' ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
    const entries = Object.entries(value).filter(([key]) => NAME.test(key));
    return `{${entries.map(([key, v]) => `${key}: ${literal(v, fields[key]?.type ?? nullable)}`).join(' ')}}`;
  }
  if (typeof value === 'string' && isEnumType(nullable) && NAME.test(value)) return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '0';
  return JSON.stringify(value);
}

/** What to select: a connection's edges and cursors, else up to six leaves. */
function selection(type: GraphQLNamedType): string {
  if (!isObjectType(type)) return '';
  const fields = type.getFields();
  const edge = fields.edges && getNamedType(fields.edges.type);
  if (isObjectType(edge)) {
    const node = selection(getNamedType(edge.getFields().node.type));
    return `{ totalCount pageInfo { hasNextPage endCursor } edges { cursor node ${node} } }`;
  }
  const leaves = Object.values(fields).filter(
    (f) => isLeafType(getNamedType(f.type)) && f.args.every((a) => !isNonNullType(a.type)),
  );
  return `{ ${leaves
    .map((f) => f.name)
    .slice(0, 6)
    .join(' ')} }`;
}

interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/** Arguments as variables (declared with their type, now and then a wrong one) or literals. */
function call(
  field: GraphQLField<unknown, unknown>,
  alias: string,
  r: Random,
  known: Known,
  operation: Operation & { declared: string[] },
): string {
  const args = field.args.flatMap((arg) => {
    if (!r.chance(isNonNullType(arg.type) ? 0.95 : 0.5)) return [];
    const value = valueFor(arg.type, arg.name, r, known);
    if (r.chance(0.2)) return [`${arg.name}: ${literal(value, arg.type)}`];
    const variable = `${alias}_${arg.name}`;
    const type = r.chance(0.04) ? r.pick(['Int', 'String!', '[ID]', 'Bogus']) : String(arg.type);
    operation.declared.push(`$${variable}: ${type}`);
    operation.variables[variable] = value;
    return [`${arg.name}: $${variable}`];
  });
  return `${alias}: ${field.name}${args.length ? `(${args.join(', ')})` : ''} ${selection(getNamedType(field.type))}`;
}

/**
 * One or two public queries, or a nomination: now and then with a solved challenge and a real
 * practice, so the rest of its input goes past the anti-spam check to storage.
 */
async function graphqlOperation(
  r: Random,
  schema: GraphQLSchema,
  known: Known,
  solved: () => Promise<string>,
): Promise<Operation> {
  const operation = { query: '', variables: {} as Record<string, unknown>, declared: [] as string[] };
  const mutation = r.chance(0.3);
  let fields: string[];
  if (mutation) {
    const field = schema.getMutationType()!.getFields().submitNomination;
    const input = valueFor(field.args[0].type, 'input', r, known);
    if (r.chance(0.3) && input && typeof input === 'object' && !Array.isArray(input))
      Object.assign(input, {
        practiceId: known.practiceId,
        altcha: await solved(),
        email: r.pick(EMAILS),
        name: r.chance(0.5) ? hostileString(r, known) : 'Мария Иванова',
      });
    fields = [call({ ...field, args: [] }, 'n', r, known, operation)];
    const argument = r.chance(0.15) ? literal(input, field.args[0].type) : '$input';
    if (argument === '$input') {
      operation.declared.push(`$input: ${String(field.args[0].type)}`);
      operation.variables.input = input;
    }
    fields = [fields[0].replace('submitNomination', `submitNomination(input: ${argument})`)];
  } else {
    const all = schema.getQueryType()!.getFields();
    fields = Array.from({ length: r.chance(0.15) ? 2 : 1 }, (_, index) =>
      call(all[r.pick(QUERIES)], `f${index}`, r, known, operation),
    );
  }
  const declared = operation.declared.length ? `(${operation.declared.join(', ')})` : '';
  return {
    query: `${mutation ? 'mutation' : 'query'}${declared} { ${fields.join(' ')} }`,
    variables: operation.variables,
  };
}

interface Probe {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

const post = (body: unknown, headers: Record<string, string>, type = 'application/json'): Probe => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': type, ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** A broken request around an operation: its body, the envelope's fields, the method, the type. */
function brokenEnvelope(
  r: Random,
  known: Known,
  operation: Operation,
  headers: Record<string, string>,
): Probe {
  switch (r.int(9)) {
    case 0:
      return post(hostileString(r, known), headers);
    case 1:
      return post([operation, operation], headers);
    case 2:
      return post({ ...operation, query: garbage(r, known) }, headers);
    case 3:
      return post({ ...operation, variables: r.pick(['x', [], 5, null, garbage(r, known)]) }, headers);
    case 4:
      return post({ ...operation, operationName: garbage(r, known) }, headers);
    case 5: {
      const persistedQuery = r.pick([
        garbage(r, known),
        { version: r.pick(INTS), sha256Hash: garbage(r, known) },
        { version: 1, sha256Hash: hostileString(r, known) },
      ]);
      const { query, ...rest } = operation;
      return post(
        { ...(r.chance(0.5) ? rest : { query, ...rest }), extensions: { persistedQuery } },
        headers,
      );
    }
    case 6:
      return post(
        operation,
        headers,
        r.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/graphql']),
      );
    case 7: {
      const search = new URLSearchParams({
        query: operation.query,
        variables: JSON.stringify(operation.variables),
      });
      for (const name of ['variables', 'extensions', 'operationName'])
        if (r.chance(0.4))
          search.set(
            name,
            r.chance(0.5) ? (JSON.stringify(garbage(r, known)) ?? '') : hostileString(r, known),
          );
      return {
        method: 'GET',
        path: `/graphql?${search.toString()}`,
        headers: { 'apollo-require-preflight': '1', ...headers },
      };
    }
    default: {
      const soup = Array.from({ length: 1 + r.int(60) }, () =>
        r.chance(0.8) ? r.pick(TOKENS) : JSON.stringify(hostileString(r, known)),
      );
      return post({ query: soup.join(' '), variables: operation.variables }, headers);
    }
  }
}

/** Who asks: the public mostly, a partner site, or someone with a made-up credential. */
function headersOf(r: Random, partner: Record<string, string>): Record<string, string> {
  const forged = Array.from({ length: r.int(80) }, () => String.fromCharCode(33 + r.int(94))).join('');
  return r.pick([
    {},
    {},
    {},
    {},
    {},
    {},
    partner,
    { authorization: `Bearer ${forged}` },
    { cookie: `obmen_session=${forged}` },
  ]);
}

interface Answer {
  status: number;
  text: string;
  /** The connection dropped before an answer: only right for a body over the limit. */
  reset?: boolean;
}

/** node:http rather than fetch: a fifth of the run's time went to fetch's streams. */
function send(agent: http.Agent, port: number, probe: Probe): Promise<Answer> {
  return new Promise((resolve) => {
    const request = http.request(
      { host: '127.0.0.1', port, agent, method: probe.method, path: probe.path, headers: probe.headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        );
      },
    );
    request.on('error', () => resolve({ status: 0, text: '', reset: true }));
    request.end(probe.body);
  });
}

/** Everything the first requests of a partner site would find: ids, slugs, codes, cursors. */
async function seed(server: TestServer, schema: GraphQLSchema): Promise<Known> {
  const { a, b, c, d, e, f, g } = await server.ok(`mutation {
    a: createOrganization(input: { name: { bg: "Читалище „Светлина“" }, kind: NGO }) { id slug }
    b: createPractice(input: { title: { bg: "Социален патронаж" }, status: PUBLISHED }) { id slug }
    c: createPractice(input: { title: { bg: "Дневен център" }, status: PUBLISHED, period: { from: "2015-05-01" } }) { id slug }
    d: createProject(input: { title: { bg: "Ранна интервенция" }, status: PUBLISHED, budget: { amount: "199994.17", currency: BGN } }) { id slug }
    e: createTheme(input: { label: { bg: "Деца" } }) { id slug }
    f: createPartnerNetwork(input: { name: { bg: "Мрежа" }, scope: NATIONAL }) { id slug }
    g: createVolunteerProgramme(input: { name: { bg: "Доброволци" }, status: PUBLISHED }) { id slug }
  }`);
  const records = [a, b, c, d, e, f, g] as { id: string; slug: string }[];
  const strings = ['Дневен център', ...records.map((record) => record.slug)];
  const cursors: string[] = [];
  const all = schema.getQueryType()!.getFields();
  for (const name of QUERIES) {
    const field = all[name];
    if (!field.args.some((arg) => arg.name === 'first')) continue;
    const orderBy = field.args.find((arg) => arg.name === 'orderBy');
    const order = orderBy && getNamedType(orderBy.type);
    const sortField = isInputObjectType(order) ? getNamedType(order.getFields().field.type) : undefined;
    for (const value of isEnumType(sortField) ? sortField.getValues().map((v) => v.name) : [null]) {
      const args = value ? `first: 2, orderBy: { field: ${value} }` : 'first: 2';
      const node = name === 'districts' || name === 'municipalities' ? 'code' : 'id';
      const { list } = await server.ok(`{ list: ${name}(${args}) { edges { cursor node { ${node} } } } }`);
      for (const edge of list.edges as { cursor: string; node: Record<string, string> }[]) {
        cursors.push(edge.cursor);
        if (node === 'code') strings.push(edge.node.code);
      }
    }
  }
  return { ids: records.map((record) => record.id), strings, cursors, practiceId: b.id };
}

/** What is wrong with an answer, if anything. */
function fault(
  probe: Probe,
  answer: Answer,
  codes: string[],
  body: { data?: unknown } | undefined,
): string | null {
  if (answer.reset) return Buffer.byteLength(probe.body ?? '') > LIMITS.bodyBytes ? null : 'connection reset';
  if (answer.status >= 500) return 'a 5xx';
  if (codes.some((code) => code === 'INTERNAL_SERVER_ERROR' || code === 'undefined'))
    return 'an uncoded or internal error';
  // Node itself refuses headers over 16 KB (a long GET), before any of our code, without a body.
  if (answer.status === 431) return null;
  return body && (body.data !== undefined || codes.length > 0) ? null : 'no GraphQL answer';
}

/** Lines the server logged at warn or above. */
const logged: string[] = [];
let server: TestServer;
const environment = { ...process.env };
beforeAll(async () => {
  // Cheap challenges, and no address limit: more inputs reach storage instead of RATE_LIMITED.
  process.env.OBMEN_ALTCHA_MAX_NUMBER = '1000';
  process.env.OBMEN_SUBMISSIONS_PER_HOUR = '1000000';
  server = await startTestServer({
    production: true,
    logger: createLogger('warn', { write: (line: string) => logged.push(line) }),
  });
});
afterAll(async () => {
  await server.stop();
  process.env = environment;
});

it(`answers ${INPUTS} hostile inputs to the public API with data or a coded client error`, async () => {
  const started = Date.now();
  const schema = buildClientSchema((await server.ok(getIntrospectionQuery())) as never);
  const known = await seed(server, schema);
  const partner = await server.headersFor('partner');
  const visitor = await server.as('public');
  const solved = async () =>
    solvePow(
      (await visitor.ok('{ nominationChallenge { algorithm challenge maxnumber salt signature } }'))
        .nominationChallenge,
    );
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const port = Number(new URL(server.url).port);

  const statuses = new Map<number, number>();
  const codes = new Map<string, number>();
  const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const failures: string[] = [];
  const probe = async (index: number) => {
    // Each input from its own seed: the same inputs whatever order the answers come in.
    const r = new Random(SEED + Math.imul(index, 0x9e3779b1));
    const operation = await graphqlOperation(r, schema, known, solved);
    const headers = headersOf(r, partner);
    const request = r.chance(0.15) ? brokenEnvelope(r, known, operation, headers) : post(operation, headers);
    const answer = await send(agent, port, request);
    count(statuses, answer.reset ? 'reset' : answer.status);
    let body: { data?: unknown; errors?: { extensions?: { code?: unknown } }[] } | undefined;
    try {
      body = JSON.parse(answer.text) as typeof body;
    } catch {
      body = undefined;
    }
    const errorCodes = (body?.errors ?? []).map((error) => String(error.extensions?.code));
    errorCodes.forEach((code) => count(codes, code));
    const wrong = fault(request, answer, errorCodes, body);
    if (wrong)
      failures.push(
        `#${index} ${wrong}: ${answer.status} ${answer.text.slice(0, 300)} ← ${request.path.slice(0, 200)} ${request.body?.slice(0, 400)}`,
      );
  };
  let next = 0;
  const worker = async () => {
    while (next < INPUTS) await probe(next++);
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();

  const tally = (map: Map<string | number, number>) =>
    [...map]
      .sort((x, y) => y[1] - x[1])
      .map(([key, n]) => `${key} ${n}`)
      .join(', ');
  const [{ stored }] = await server.obmen.database.dataSource.query<{ stored: number }[]>(
    'SELECT count(*)::int AS stored FROM nomination',
  );
  process.stdout.write(
    `fuzz: ${INPUTS} inputs, seed ${SEED}, ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
      `HTTP ${tally(statuses)}; codes ${tally(codes)}; ${stored} nominations stored\n`,
  );
  expect(failures.slice(0, 10)).toEqual([]);
  const messages = logged.map((line) => {
    const entry = JSON.parse(line) as { msg?: string; err?: { message?: string } };
    return `${entry.msg}: ${entry.err?.message}`;
  });
  expect([...new Set(messages)]).toEqual([]);
}, 180_000);
