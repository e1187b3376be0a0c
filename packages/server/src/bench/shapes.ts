import { createHash } from 'node:crypto';

/** One HTTP request as the load generator sends it. */
export interface HttpRequest {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** A query a partner site sends, as Obmen gets it and as the limit server gets it. */
export interface Shape {
  id: string;
  description: string;
  obmen: HttpRequest;
  limit: HttpRequest;
  /** Sent once before anything is compared or timed (Q4 registers its persisted query). */
  prepare?: HttpRequest;
  /** Fewer connections than the others: requests that take a second would queue past Obmen's statement timeout. */
  connections?: number;
}

export const SEARCH_TEXT = 'патронажна грижа';

const LIST_FIELDS = `edges { node {
  id title summary nominationCount organization { name }
  municipalities { nameBg district { nameBg } } themes { label }
} }`;

/** The list a partner's home page shows; `args` inside practices(…). */
export const listQuery = (args: string) => `{ practices(${args}) { ${LIST_FIELDS} } }`;

export const DETAIL_QUERY = `query Practice($slug: String!) { practice(slug: $slug) {
  id slug title summary background practice results innovator status version publishedAt createdAt updatedAt
  contact { person address phone email website }
  period { from to precision }
  nominationCount
  organization { id name slug kind municipality { code nameBg } }
  municipalities { code nameBg nameEn district { code nameBg } }
  themes { id slug label }
  targetGroups { id slug label }
  indicators { id label value unit period targetGroup { id slug label } }
  adoptions { id year note municipality { code nameBg } }
  projects { id slug title }
} }`;

const JSON_HEADERS = { 'content-type': 'application/json' };

export const graphqlPost = (query: string, variables?: Record<string, unknown>): HttpRequest => ({
  method: 'POST',
  path: '/graphql',
  headers: JSON_HEADERS,
  body: JSON.stringify(variables ? { query, variables } : { query }),
});

const get = (path: string): HttpRequest => ({ method: 'GET', path, headers: {} });

/** Apollo's automatic persisted queries: registered by one POST, then fetched by hash with GET. */
function persisted(query: string): { register: HttpRequest; fetch: HttpRequest } {
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = { persistedQuery: { version: 1, sha256Hash } };
  return {
    register: {
      method: 'POST',
      path: '/graphql',
      headers: JSON_HEADERS,
      body: JSON.stringify({ query, extensions }),
    },
    fetch: {
      method: 'GET',
      path: `/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`,
      // Apollo's CSRF prevention refuses a GET without a header a browser would preflight.
      headers: { 'apollo-require-preflight': '1' },
    },
  };
}

/** The stack floor's header naming the limit's request whose answer it returns (floor-server.ts). */
export const FLOOR_HEADER = 'x-limit-path';

/**
 * Obmen's request as the stack floor gets it, naming the limit's answer to give. POST shapes
 * only: a persisted GET (Q4) would need the floor to keep Obmen's registered queries.
 */
export function floorRequest(shape: Shape): HttpRequest | null {
  if (shape.obmen.method !== 'POST') return null;
  return { ...shape.obmen, headers: { ...shape.obmen.headers, [FLOOR_HEADER]: shape.limit.path } };
}

export interface ShapeInputs {
  pageSize: number;
  /** The cursor `deepOffset` rows in. */
  deepCursor: string;
  deepOffset: number;
  /** A practice to read in full. */
  slug: string;
}

export function shapes(inputs: ShapeInputs): Shape[] {
  const first = inputs.pageSize;
  const list = listQuery(`first: ${first}`);
  const apq = persisted(list);
  return [
    {
      id: 'Q1',
      description: `practices(first: ${first}) with organization, municipalities + district, themes, nominationCount`,
      obmen: graphqlPost(list),
      limit: get(`/practices?first=${first}`),
    },
    {
      id: 'Q1 deep',
      description: `the same after a cursor ${inputs.deepOffset} rows in`,
      obmen: graphqlPost(listQuery(`first: ${first}, after: ${JSON.stringify(inputs.deepCursor)}`)),
      limit: get(`/practices?first=${first}&after=${encodeURIComponent(inputs.deepCursor)}`),
    },
    {
      id: 'Q2',
      description: 'practice(slug) with every text, relation and indicator',
      obmen: graphqlPost(DETAIL_QUERY, { slug: inputs.slug }),
      limit: get(`/practice?slug=${encodeURIComponent(inputs.slug)}`),
    },
    {
      id: 'Q3',
      description: `practices(filter: { search: "${SEARCH_TEXT}" }), by relevance (the search engine)`,
      obmen: graphqlPost(listQuery(`first: ${first}, filter: { search: ${JSON.stringify(SEARCH_TEXT)} }`)),
      limit: get(`/practices?first=${first}&search=${encodeURIComponent(SEARCH_TEXT)}`),
    },
    {
      id: 'Q4',
      description: 'Q1 as a persisted GET (APQ)',
      obmen: apq.fetch,
      limit: get(`/practices?first=${first}`),
      prepare: apq.register,
    },
  ];
}
