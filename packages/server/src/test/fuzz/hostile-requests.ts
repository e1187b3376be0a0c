import type { Random } from '../../common/random';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  isLeafType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import {
  EMAILS,
  garbage,
  hostileString,
  INTS,
  type Known,
  literal,
  QUERIES,
  TOKENS,
  valueFor,
} from './hostile-values';

/**
 * The fuzz test's requests: operations over the public queries and submitNomination built from
 * the schema, and broken envelopes around them (body, method, content type, extensions).
 */
/** What to select: a connection's edges and cursors, else up to six leaves. */
export function selection(type: GraphQLNamedType): string {
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

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/** Arguments as variables (declared with their type, now and then a wrong one) or literals. */
export function call(
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
export async function graphqlOperation(
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

export interface Probe {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export const post = (body: unknown, headers: Record<string, string>, type = 'application/json'): Probe => ({
  method: 'POST',
  path: '/graphql',
  headers: { 'content-type': type, ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

/** A broken request around an operation: its body, the envelope's fields, the method, the type. */
export function brokenEnvelope(
  r: Random,
  known: Known,
  operation: Operation,
  headers: Record<string, string>,
): Probe {
  switch (r.below(9)) {
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
      const soup = Array.from({ length: 1 + r.below(60) }, () =>
        r.chance(0.8) ? r.pick(TOKENS) : JSON.stringify(hostileString(r, known)),
      );
      return post({ query: soup.join(' '), variables: operation.variables }, headers);
    }
  }
}

/** Who asks: the public mostly, a partner site, or someone with a made-up credential. */
export function headersOf(r: Random, partner: Record<string, string>): Record<string, string> {
  const forged = Array.from({ length: r.below(80) }, () => String.fromCharCode(33 + r.below(94))).join('');
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
