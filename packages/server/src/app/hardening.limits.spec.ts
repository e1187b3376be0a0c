import {
  getIntrospectionQuery,
  getOperationAST,
  type GraphQLSchema,
  Kind,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import { LIMITS, operationCost, queryLimits } from './hardening';
import { createSchema } from './schema';

/**
 * The limits in hardening.ts are set from the operations the project itself sends: these must
 * pass with room to spare, and the same operations made a little deeper, wider or dearer must not.
 */

/** src/test/batching.spec.ts: the partner list with every relation, at up to 100 a page. */
const PRACTICES = `query ($first: Int!) {
  practices(first: $first) {
    totalCount
    edges { node {
      title
      municipalities { code nameBg district { code nameBg } }
      organization { name }
      themes { slug label }
      projects { title }
      nominationCount
    } }
  }
}`;

const PROJECTS = `query ($first: Int!) {
  projects(first: $first) {
    totalCount
    edges { node {
      title
      partners { role organization { name } }
      municipalities { code district { code } }
      leadOrganization { name }
    } }
  }
}`;

/** src/modules/volunteer/volunteer.spec.ts: the staff volunteer list with contact data. */
const VOLUNTEERS = `query($f: VolunteerFilter) { volunteers(first: 100, filter: $f) { totalCount edges { node {
  id name skills availability consentGivenAt vettingStatus version
  contact { email phone } municipality { code district { code } }
  assignments { id role startsOn endsOn hoursLogged programme { id } } } } } }`;

/** src/modules/project/project.spec.ts: the longest single read (a project's detail page). */
const PROJECT_DETAIL = `query($id: ID!) { project(id: $id) { id slug title summary generalGoal specificObjectives
  expectedResults fundingProgramme referenceNumber status version programmes { name description }
  activities { name description } budget { amount currency amountEur } funder { id }
  leadOrganization { id name } partners { role position organization { id } } documents { title url }
  period { from to precision } municipalities { code district { code } } themes { slug }
  targetGroups { slug } indicators { label value unit } practices { slug } } }`;

/** src/seed/demo-content.api.spec.ts and the README: what a partner site's pages ask for. */
const DEMO = [
  `{ practices(filter: { districtCodes: ["TGV"] }) { totalCount edges { node {
    title background practice results nominationCount publishedAt innovator
    period { from to precision } municipalities { code district { code } }
    organization { name contact { person phone website } } } } } }`,
  `{ projects(filter: { municipalityCodes: ["PDV39"] }) { edges { node {
    title programmes { name description } specificObjectives expectedResults municipalities { code }
    leadOrganization { name } partners { role organization { name kind } } } } } }`,
  `{ projects(filter: { search: "за нашите деца" }) { edges { node {
    budget { amount currency amountEur } period { from to } fundingProgramme funder { name kind }
    municipalities { code district { code } } } } } }`,
  `{ volunteerProgrammes { edges { node { name volunteerCount municipalities { code } project { title } } } }
    partnerNetworks { edges { node { name scope coordinator { name } practices { title } } } } }`,
  `{ practices(filter: { districtCodes: ["TGV"] }) { totalCount edges { node {
    title nominationCount publishedAt period { from to } municipalities { nameBg } } } } }`,
];

/** The most aliases any test sends: ten organizations created in one request. */
const TEN_ALIASES = `mutation { ${Array.from(
  { length: 10 },
  (_, i) => `o${i}: createOrganization(input: { name: { bg: "Сдружение ${i}" }, kind: NGO }) { id }`,
).join('\n')} }`;

/** What the admin SPA's codegen sends (graphql-js' full introspection query). */
const INTROSPECTION = getIntrospectionQuery({
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
});

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await createSchema();
});

/** The messages ApolloServer would answer with: parse (token limit) and validation, ours included. */
function refusals(query: string): string[] {
  const { validationRules, parseOptions } = queryLimits();
  try {
    return validate(schema, parse(query, parseOptions), [...specifiedRules, ...validationRules]).map(
      (e) => e.message,
    );
  } catch (error) {
    return [(error as Error).message];
  }
}

/** An operation's selection, to combine several into one request. */
const body = (query: string) => query.slice(query.indexOf('{') + 1, query.lastIndexOf('}'));

function cost(query: string): number {
  const document = parse(query);
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  );
  return operationCost(schema, getOperationAST(document)!, (name) => fragments.get(name));
}

describe('the project’s own operations pass the limits', () => {
  it.each([
    ['batching practices', PRACTICES],
    ['batching projects', PROJECTS],
    ['volunteers with contact', VOLUNTEERS],
    ['project detail', PROJECT_DETAIL],
    ['ten aliased mutations', TEN_ALIASES],
    ['introspection for codegen', INTROSPECTION],
    ...DEMO.map((query, i) => [`demo content ${i + 1}`, query]),
  ])('%s', (_name, query) => {
    expect(refusals(query)).toEqual([]);
  });

  it('leaves headroom above the dearest of them', () => {
    // A variable page size is costed as the largest page: these are the 100-row figures.
    expect(cost(PRACTICES)).toBe(8803);
    expect(cost(VOLUNTEERS)).toBe(8603);
    expect(cost(PROJECTS)).toBe(6603);
    // The two dearest lists together still fit.
    expect(
      refusals(`query ($first: Int!, $f: VolunteerFilter) { ${body(PRACTICES)} ${body(VOLUNTEERS)} }`),
    ).toEqual([]);
  });
});

describe('a little more is refused', () => {
  // practices → edges → node → projects → partners → organization → municipality → district → code
  const NINE_DEEP = `{ practices { edges { node { projects { partners { organization {
    municipality { district { code } } } } } } } } }`;

  it('depth: one level over the limit, and the same through fragments', () => {
    expect(refusals(NINE_DEEP.replace('{ district { code } }', '{ code }'))).toEqual([]);
    expect(refusals(NINE_DEEP)).toEqual(['Query depth limit of 8 exceeded, found 9.']);
    expect(
      refusals(`{ practices { ...Page } }
        fragment Page on PracticeConnection { edges { node { projects { ...Partner } } } }
        fragment Partner on Project { partners { organization { municipality { ... on Municipality {
          district { code } } } } } }`),
    ).toEqual(['Query depth limit of 8 exceeded, found 9.']);
  });

  it('aliases: sixteen, also when they hide in a fragment', () => {
    const aliases = (n: number) =>
      Array.from({ length: n }, (_, i) => `t${i}: themes { totalCount }`).join(' ');
    expect(refusals(`{ ${aliases(15)} }`)).toEqual([]);
    expect(refusals(`{ ${aliases(16)} }`)).toEqual(['Aliases limit of 15 exceeded, found 16.']);
    expect(refusals(`{ ...Many } fragment Many on Query { ${aliases(16)} }`)).toEqual([
      'Aliases limit of 15 exceeded, found 16.',
    ]);
  });

  it('cost: nested lists multiply, whether the page size is a literal, a variable or in a fragment', () => {
    // Depth 7 passes the depth limit; 100 practices × 10 projects × 10 practices × 10 projects do not.
    const cyclic = `{ practices(first: 100) { edges { node { projects { practices { projects { title } } } } } } }`;
    expect(cost(cyclic)).toBe(111_202);
    expect(refusals(cyclic)).toEqual([`Query cost limit of ${LIMITS.maxCost} exceeded, found 111202.`]);
    expect(refusals(`query ($n: Int) ${cyclic.replace('first: 100', 'first: $n')}`)).toHaveLength(1);
    expect(
      refusals(`{ practices(first: 100) { edges { node { ...Related } } } }
        fragment Related on Practice { projects { practices { projects { title } } } }`),
    ).toEqual([`Query cost limit of ${LIMITS.maxCost} exceeded, found 111202.`]);
  });

  it('cost: a negative page size does not buy room for the rest', () => {
    const dear = `practices(first: 100) { edges { node { projects { practices { projects { id } } } } } }`;
    const refund = `practices(first: -1000) { edges { node { projects { practices { projects { id } } } } } }`;
    expect(refusals(`{ a: ${dear} b: ${refund} }`)).toContainEqual(
      expect.stringMatching(/^Query cost limit of 20000 exceeded/),
    );
  });

  it('cost: fragments fanning out are refused without being walked once per spread', () => {
    // Ten spreads of the next fragment, twelve fragments deep: 10^11 spreads in 300 tokens.
    const levels = Array.from(
      { length: 12 },
      (_, i) =>
        `fragment F${i} on Query { ${i < 11 ? `...F${i + 1} `.repeat(10) : 'themes { totalCount }'} }`,
    );
    const started = Date.now();
    expect(refusals(`{ ...F0 } ${levels.join(' ')}`)).toEqual([
      `Query cost limit of ${LIMITS.maxCost} exceeded, found 200000000000.`,
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('cost: the three heaviest lists at 100 rows in one request', () => {
    const three = `query ($first: Int!, $f: VolunteerFilter) {
      a: ${body(PRACTICES)} b: ${body(PROJECTS)} ${body(VOLUNTEERS)} }`;
    expect(refusals(three)).toEqual([`Query cost limit of ${LIMITS.maxCost} exceeded, found 24009.`]);
  });

  it('directives: eleven', () => {
    const fields = (n: number) => Array.from({ length: n }, () => '__typename @include(if: true)').join(' ');
    expect(refusals(`{ ${fields(10)} }`)).toEqual([]);
    expect(refusals(`{ ${fields(11)} }`)).toEqual(['Directives limit of 10 exceeded, found 11.']);
  });

  it('tokens: more than a thousand', () => {
    // 16 tokens around the list, one per code in it.
    const codes = (n: number) =>
      `{ practices(filter: { districtCodes: [${Array.from({ length: n }, (_, i) => `"D${i}"`).join(' ')}] }) { totalCount } }`;
    expect(refusals(codes(984))).toEqual([]);
    // sic: graphql-js says "more that".
    expect(refusals(codes(985))).toEqual([expect.stringContaining('more that 1000 tokens')]);
  });
});
