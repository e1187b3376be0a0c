import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
} from 'graphql';
import http from 'node:http';
import { brokenEnvelope, graphqlOperation, headersOf, post, type Probe } from '../test/fuzz/hostile-requests';
import { Random } from '../common/random';
import { type Known, QUERIES } from '../test/fuzz/hostile-values';
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
      // RELEVANCE orders a search only.
      const search = value === 'RELEVANCE' ? ', filter: { search: "Дневен център" }' : '';
      const args = value ? `first: 2, orderBy: { field: ${value} }${search}` : 'first: 2';
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
  const entries = logged.map(
    (line) => JSON.parse(line) as { msg?: string; err?: { message?: string }; ms?: number; sql?: string },
  );
  // A statement over 2 s is reported, not failed: on a loaded machine it measures the machine
  // (speed is the benchmark's business); every statement is bounded by the statement timeout.
  for (const slow of entries.filter((entry) => entry.msg === 'slow sql'))
    process.stdout.write(`fuzz: slow sql (${slow.ms} ms): ${slow.sql?.slice(0, 300)}\n`);
  const messages = entries
    .filter((entry) => entry.msg !== 'slow sql')
    .map((entry) => `${entry.msg}: ${entry.err?.message}`);
  expect([...new Set(messages)]).toEqual([]);
}, 180_000);
