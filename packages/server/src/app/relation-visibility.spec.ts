import { Audience, UserRole } from '../common/principal';
import { type GraphQLObjectType, type GraphQLSchema, getNamedType } from 'graphql';
import { POLICY } from './policy';
import { createSchema } from './schema';
import { MAX_PAGE_SIZE } from '../common/pagination/connection';
import { type Client, type GraphQLResponse, startTestServer, type TestServer } from '../test/harness';
import {
  queryFor,
  reachedBy,
  recordsIn,
  type Relation,
  relationsFrom,
  type Step,
} from '../test/relation-graph';
import { DELETED, HiddenContent, PUBLISHED, VISIBLE } from '../test/hidden-content';

/*
 * Walks every relation the public and partner sites can reach, derived from the schema, over
 * data in which every record a published record points to also exists in every hidden state
 * (each unpublished status, and in the trash): no relation may hand a hidden record out.
 */

/** Reachable types that are no record of their own, so nothing about them can be hidden. */
const NOT_CONTENT: Record<string, string> = {
  Localization: 'which language texts came in',
  Period: 'dates of a practice or project',
  Contact: 'contact data of a record',
  Money: 'a budget',
  ProjectProgramme: 'text items of a project',
  District: 'reference data (NSI)',
  Municipality: 'reference data (NSI)',
  Indicator: 'part of its practice or project',
  PracticeAdoption: 'part of its practice',
  ProjectPartner: 'part of its project',
  ProjectDocument: 'part of its project',
  Attachment: 'a file of its practice or project, read through it (modules/attachment)',
  NetworkMembership: 'part of its network',
  Highlight: 'where a search result matched (its own texts)',
  Facets: "counts under a list's filter (test/facets.contract.spec.ts)",
  FacetCount: 'a value and its count',
  SearchFacets: "counts under a search's filter",
  Statistics: 'figures over published content (statistics)',
  StatisticsPeopleServed: 'figures over published content (statistics)',
  StatisticsPeopleByDistrict: 'figures over published content (statistics)',
  StatisticsPeopleByTargetGroup: 'figures over published content (statistics)',
  StatisticsFunder: 'figures over published content (statistics)',
  StatisticsBudget: 'figures over published content (statistics)',
  StatisticsYear: 'figures over published content (statistics)',
  StatisticsTheme: 'figures over published content (statistics)',
  StatisticsDistrictCount: 'figures over published content (statistics)',
  StatisticsAdoptions: 'figures over published content (statistics)',
  StatisticsDistrict: 'figures over published content (statistics)',
  StatisticsTerm: 'figures over published content (statistics)',
  StatisticsOrganization: 'figures over published content (statistics)',
  PracticeProposal: 'who proposed a practice: moderators only',
  NominationChallenge: 'a proof-of-work puzzle',
  PageInfo: 'pagination',
  TermUsage: 'how many records carry a term: staff only (modules/taxonomy)',
};

/** Roots that lead nowhere without a signed-in user. */
const SIGNED_IN: Record<string, string> = { me: 'the signed-in user; null for the public and partner sites' };

/** Relations refused (FORBIDDEN) to the readers of this test. */
const REFUSED: Record<string, string> = {
  'Practice.proposal': 'moderators only',
  'Theme.usage': 'how many records carry a term: staff only',
  'TargetGroup.usage': 'how many records carry a term: staff only',
  'ServiceType.usage': 'how many records carry a term: staff only',
};

let server: TestServer;
let schema: GraphQLSchema;
let hidden: HiddenContent;
const stateOf = (record: Record<string, unknown>) => hidden.stateOf(record);
const isHidden = (record: Record<string, unknown>) => hidden.isHidden(record);
const contentMeta = (type: string) => hidden.contentMeta(type);
const hiddenStates = (type: string) => hidden.hiddenStates(type);

const isConnectionPart = (type: GraphQLObjectType) => {
  const fields = type.getFields();
  return ('edges' in fields && 'pageInfo' in fields) || ('node' in fields && 'cursor' in fields);
};

/** Query fields `audience` may call, as the policy table says. */
const rootsOf = (audience: Audience) =>
  Object.entries(POLICY.Query)
    .filter(([, audiences]) => audiences.includes(audience))
    .map(([name]) => name);

const queryFields = () => schema.getQueryType()!.getFields();

/** Single lookups (`practice(id: …)`): read with the seeded ids, not walked. */
const isLookup = (name: string) => queryFields()[name].args.some((a) => a.name === 'id');

const READERS = { public: Audience.PUBLIC, partner: Audience.PARTNER } as const;
const readerRoots = () => [...new Set(Object.values(READERS).flatMap(rootsOf))];

/** What staff read before the trash is filled: every list root the readers may call. */
const coverageWalk = () =>
  relationsFrom(
    schema,
    readerRoots().filter((name) => !isLookup(name)),
  );

/** What a reader reads: every list root it may call, walked as far as the schema goes. */
const readerWalk = (audience: Audience) =>
  relationsFrom(
    schema,
    rootsOf(audience).filter((name) => !isLookup(name) && !(name in SIGNED_IN)),
  );

/** Root lists read their largest page, so no seeded record is left on a later page. */
const SEARCH_TYPES: Record<string, string> = {
  Practice: 'PRACTICE',
  Project: 'PROJECT',
  Organization: 'ORGANIZATION',
  PartnerNetwork: 'PARTNER_NETWORK',
};
/** A word every seeded record of a type has in its name (test/hidden-content.ts), for `search`. */
const SEARCH_WORDS: Record<string, string> = {
  Practice: 'практика',
  Project: 'проект',
  Organization: 'организация',
  PartnerNetwork: 'мрежа',
};

/** The search's result type a relation reads (its path goes through SearchEdge.node), if any. */
function searchResultOf({ path, target }: Relation): string | undefined {
  const at = path.findIndex((step) => step.on.name === 'SearchEdge' && step.field.name === 'node');
  return at < 0 ? undefined : (path[at + 1]?.on ?? target).name;
}

function argsFor({ on, field }: Step, _member: GraphQLObjectType, relation: Relation): string {
  if (on === schema.getQueryType() && field.name === 'search') {
    const type = searchResultOf(relation) ?? 'Practice';
    return `(query: "${SEARCH_WORDS[type]}", types: [${SEARCH_TYPES[type]}], first: ${MAX_PAGE_SIZE})`;
  }
  const missing = field.args.filter((a) => a.type.toString().endsWith('!') && a.defaultValue === undefined);
  if (missing.length > 0)
    throw new Error(`${on.name}.${field.name} needs ${missing.map((a) => a.name).join(', ')}: teach argsFor`);
  const isRoot = on === schema.getQueryType();
  return isRoot && field.args.some((a) => a.name === 'first') ? `(first: ${MAX_PAGE_SIZE})` : '';
}

interface Reading {
  relation: Relation;
  response: GraphQLResponse;
}

async function readAll(client: Client, relations: Relation[]): Promise<Reading[]> {
  const readings: Reading[] = [];
  for (const relation of relations)
    readings.push({ relation, response: await client.gql(queryFor(relation, argsFor)) });
  return readings;
}

/** Errors other than the refusals REFUSED expects. */
function unexpectedErrors(readings: Reading[]): string[] {
  return readings.flatMap(({ relation, response }) =>
    (response.errors ?? [])
      .filter((e) => !(relation.name in REFUSED && e.extensions?.code === 'FORBIDDEN'))
      .map((e) => `${relation.name}: ${e.extensions?.code} ${e.message}`),
  );
}

const isContentRelation = (relation: Relation) => contentMeta(relation.target.name) !== undefined;
/** `me`: the signed-in user themself, never a hidden record. */
const isSignedInRoot = (relation: Relation) =>
  relation.path.length === 1 && relation.path[0].field.name in SIGNED_IN;
const describeRecord = (r: Record<string, unknown>) => `${r.__typename} ${stateOf(r)} ${r.id}`;

let beforeTrash: Reading[];

beforeAll(async () => {
  [server, schema] = await Promise.all([startTestServer(), createSchema()]);
  hidden = new HiddenContent(server);
  await hidden.seed();
  beforeTrash = await readAll(await server.as(UserRole.COORDINATOR), coverageWalk());
  for (const remove of hidden.trash) await remove();
});
afterAll(() => server.stop());

describe('the walk', () => {
  it('knows, of every object type the readers reach, whether it is content', () => {
    const types = new Set(coverageWalk().map((r) => r.target));
    const unknown = [...types]
      .filter((t) => !contentMeta(t.name) && !(t.name in NOT_CONTENT) && !isConnectionPart(t))
      .map((t) => t.name);
    expect(unknown).toEqual([]);
  });

  it('reaches every relation from the lists, not only through single lookups', () => {
    const fromAll = relationsFrom(schema, readerRoots()).map((r) => r.name);
    const fromLists = new Set(coverageWalk().map((r) => r.name));
    const lookups = readerRoots()
      .filter(isLookup)
      .map((name) => `Query.${name}`);
    expect(fromAll.filter((name) => !fromLists.has(name)).sort()).toEqual(lookups.sort());
  });

  it('reads every hidden state of the target through every relation to content', () => {
    expect(unexpectedErrors(beforeTrash)).toEqual([]);
    const missing = beforeTrash
      .filter(({ relation }) => isContentRelation(relation) && !isSignedInRoot(relation))
      .flatMap(({ relation, response }) => {
        const states = new Set(reachedBy(relation, response.data).map(stateOf));
        return hiddenStates(relation.target.name)
          .filter((state) => !states.has(state))
          .map((state) => `${relation.name}: no ${state} ${relation.target.name} seeded behind it`);
      });
    expect(missing).toEqual([]);
  });
});

describe.each(Object.keys(READERS) as (keyof typeof READERS)[])('%s readers', (who) => {
  let reader: Client;
  let readings: Reading[];

  beforeAll(async () => {
    reader = await server.as(who);
    readings = await readAll(reader, readerWalk(READERS[who]));
  });

  it('get no unpublished or deleted record through any relation', () => {
    expect(unexpectedErrors(readings)).toEqual([]);
    const leaks = readings.flatMap(({ relation, response }) =>
      recordsIn(response.data)
        .filter((r) => isHidden(r) || ('status' in r && r.status !== PUBLISHED))
        .map((r) => `${relation.name}: ${describeRecord(r)}`),
    );
    expect(leaks).toEqual([]);
  });

  it('still get a published record through every relation to content', () => {
    const empty = readings
      .filter(({ relation }) => isContentRelation(relation))
      .filter(({ relation, response }) => reachedBy(relation, response.data).length === 0)
      .map(({ relation }) => relation.name);
    expect(empty).toEqual([]);
  });

  it('see no partner or member of a project or network left without its organization', async () => {
    const data = await reader.ok(`{
      projects(first: ${MAX_PAGE_SIZE}) { edges { node { partners { organization { id } } } } }
      partnerNetworks(first: ${MAX_PAGE_SIZE}) { edges { node { memberships { organization { id } } } } }
    }`);
    const organizations = [
      ...data.projects.edges.flatMap((e: any) => e.node.partners),
      ...data.partnerNetworks.edges.flatMap((e: any) => e.node.memberships),
    ].map((link) => link.organization);
    expect(organizations.length).toBeGreaterThan(0);
    expect(organizations).not.toContain(null);
  });

  it('are nobody to the roots of signed-in users', async () => {
    for (const name of Object.keys(SIGNED_IN).filter((n) => rootsOf(READERS[who]).includes(n)))
      expect(await reader.ok(`{ ${name} { __typename } }`)).toEqual({ [name]: null });
  });

  it('find no hidden record by id or slug, and every published one', async () => {
    const query = queryFields();
    const wrong: string[] = [];
    for (const name of rootsOf(READERS[who]).filter(isLookup)) {
      const type = getNamedType(query[name].type).name;
      for (const [id, record] of [...hidden.seeded].filter(([, r]) => r.type === type)) {
        const keys = [
          `id: "${id}"`,
          ...(record.slug && query[name].args.some((a) => a.name === 'slug')
            ? [`slug: "${record.slug}"`]
            : []),
        ];
        for (const key of keys) {
          const response = await reader.gql(`{ ${name}(${key}) { id } }`);
          const found = (response.data?.[name] as { id: string } | undefined)?.id === id;
          const notFound = response.errors?.[0]?.extensions?.code === 'NOT_FOUND';
          if (record.state === VISIBLE ? !found : !notFound || response.data)
            wrong.push(`${name}(${key}) of a ${record.state} ${type}: ${JSON.stringify(response)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('staff', () => {
  it('get no deleted record through any relation either', async () => {
    const readings = await readAll(await server.as(UserRole.COORDINATOR), coverageWalk());
    expect(unexpectedErrors(readings)).toEqual([]);
    const leaks = readings.flatMap(({ relation, response }) =>
      recordsIn(response.data)
        .filter((r) => stateOf(r) === DELETED)
        .map((r) => `${relation.name}: ${describeRecord(r)}`),
    );
    expect(leaks).toEqual([]);
  });
});
