import { Audience, UserRole } from '../common/principal';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLSchema,
  getNamedType,
  isCompositeType,
} from 'graphql';
import { type As, startTestServer, type TestServer } from '../test/harness';
import { POLICY } from './policy';
import { createSchema } from './schema';

const PRINCIPALS: Record<Audience, As> = {
  PUBLIC: 'public',
  PARTNER: 'partner',
  COORDINATOR: UserRole.COORDINATOR,
  MODERATOR: UserRole.MODERATOR,
  EDITOR: UserRole.EDITOR,
  ADMIN: UserRole.ADMIN,
};

const SCALARS: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  Decimal: '1',
  DateTime: '2026-01-01T00:00:00Z',
  LocalDate: '2026-01-01',
  JSONObject: {},
};

/** The smallest value the type accepts: required fields only, first enum value, one list item. */
function sample(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType);
  if (type instanceof GraphQLList) return [sample(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLInputObjectType) {
    const fields = Object.values(type.getFields()).filter(
      (f) => f.type instanceof GraphQLNonNull && f.defaultValue === undefined,
    );
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  const name = getNamedType(type).name;
  if (!(name in SCALARS)) throw new Error(`No sample for scalar ${name}`);
  return SCALARS[name];
}

function operationFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a: GraphQLArgument) => a.type instanceof GraphQLNonNull);
  const variables = Object.fromEntries(required.map((a) => [a.name, sample(a.type)]));
  const declared = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
  const text = `${kind}${declared ? `(${declared})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`;
  return { text, variables };
}

/** Refused by the policy: a request-level error before execution, so no `data` at all. */
function refused(body: { data?: unknown; errors?: { extensions?: { code?: string } }[] }): boolean {
  const codes = (body.errors ?? []).map((e) => e.extensions?.code);
  return !('data' in body) && codes.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED');
}

let server: TestServer;
let schema: GraphQLSchema;

beforeAll(async () => {
  [server, schema] = await Promise.all([startTestServer(), createSchema()]);
});
afterAll(() => server.stop());

describe('policy table', () => {
  it('names every query and mutation of the schema, and nothing else', () => {
    expect(Object.keys(POLICY.Query).sort()).toEqual(Object.keys(schema.getQueryType()!.getFields()).sort());
    expect(Object.keys(POLICY.Mutation).sort()).toEqual(
      Object.keys(schema.getMutationType()!.getFields()).sort(),
    );
  });

  it('is enforced for every operation and all six principals', async () => {
    const mismatches: string[] = [];
    const kinds = [
      ['query', schema.getQueryType()!],
      ['mutation', schema.getMutationType()!],
    ] as const;
    // Signing out ends the test sessions: it goes last.
    const byLast = (a: string, b: string) => Number(a === 'logout') - Number(b === 'logout');
    for (const [kind, root] of kinds) {
      for (const name of Object.keys(root.getFields()).sort(byLast)) {
        const { text, variables } = operationFor(kind, root.getFields()[name]);
        for (const audience of Object.values(Audience)) {
          const headers = await server.headersFor(PRINCIPALS[audience]);
          const response = await fetch(`${server.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: JSON.stringify({ query: text, variables }),
          });
          const allowed = POLICY[kind === 'query' ? 'Query' : 'Mutation'][name]?.includes(audience) ?? false;
          if (refused((await response.json()) as Parameters<typeof refused>[0]) === allowed) {
            mismatches.push(`${name} as ${audience}: ${allowed ? 'refused' : 'allowed'}`);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
