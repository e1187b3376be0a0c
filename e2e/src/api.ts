import { baseUrl } from './browser.js';
import { DEMO_LOGINS, type Role } from './roles.js';

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

export class GraphQLRequestError extends Error {
  constructor(readonly errors: GraphQLError[]) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; '));
  }
}

/** Who sends a request: the public (nothing), or a staff session's cookie. */
export interface Caller {
  cookie?: string;
}

/**
 * One GraphQL request to the running server, as a partner site's page or server would send it
 * (JSON, no token: the public). Throws on any GraphQL error.
 */
export async function graphql<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  caller: Caller = {},
): Promise<T> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(caller.cookie ? { cookie: caller.cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: GraphQLError[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  if (!body.data) throw new Error(`GraphQL answered ${response.status} without data`);
  return body.data;
}

/** A new staff session for a demo role, through the API's `login` (its cookie). */
export async function apiSession(role: Role): Promise<Caller> {
  const response = await fetch(`${baseUrl()}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation Login($input: LoginInput!) { login(input: $input) { id } }',
      variables: { input: DEMO_LOGINS[role] },
    }),
  });
  const body = (await response.json()) as { errors?: GraphQLError[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors);
  const cookies = response.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (!cookies.length) throw new Error(`login as ${role} set no cookie`);
  return { cookie: cookies.join('; ') };
}
