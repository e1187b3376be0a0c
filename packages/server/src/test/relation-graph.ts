import {
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isObjectType,
} from 'graphql';

/*
 * The object graph of a GraphQL schema as a client can walk it from some root queries, and
 * one small query per relation: the relation-visibility test (relation-visibility.spec.ts)
 * reads every relation the public can reach with it, so a relation added later is read too.
 */

/** One field on the way, read on the object type `on`. */
export interface Step {
  on: GraphQLObjectType;
  field: GraphQLField<unknown, unknown>;
}

/** An object-typed field reachable from the roots, with the shortest path from Query to it. */
export interface Relation {
  /** `Parent.field`, and `Parent.field<Member>` for a member of a union or interface. */
  name: string;
  target: GraphQLObjectType;
  path: Step[];
}

/** The object types a field may return: its own, or the members of a union or interface. */
function objectTypes(schema: GraphQLSchema, type: GraphQLNamedType): readonly GraphQLObjectType[] {
  if (isObjectType(type)) return [type];
  return isAbstractType(type) ? schema.getPossibleTypes(type) : [];
}

/**
 * Every relation reachable from the `roots` fields of Query, breadth first: each type is entered
 * by a shortest path, through the earliest root when two paths are as short.
 */
export function relationsFrom(schema: GraphQLSchema, roots: readonly string[]): Relation[] {
  const query = schema.getQueryType()!;
  const rootField = (name: string) => {
    const field = query.getFields()[name];
    if (!field) throw new Error(`Query.${name} is not in the schema`);
    return field;
  };
  const relations: Relation[] = [];
  const reached = new Set<string>();
  let frontier: { type: GraphQLObjectType; path: Step[] }[] = [{ type: query, path: [] }];
  while (frontier.length > 0) {
    const next: typeof frontier = [];
    for (const { type, path } of frontier) {
      for (const field of type === query ? roots.map(rootField) : Object.values(type.getFields())) {
        const named = getNamedType(field.type);
        for (const target of objectTypes(schema, named)) {
          const member = isAbstractType(named) ? `<${target.name}>` : '';
          const relation = {
            name: `${type.name}.${field.name}${member}`,
            target,
            path: [...path, { on: type, field }],
          };
          relations.push(relation);
          if (!reached.has(target.name)) {
            reached.add(target.name);
            next.push({ type: target, path: relation.path });
          }
        }
      }
    }
    frontier = next;
  }
  return relations;
}

/** What identifies a record in a result: its type, and its id and status when it has them. */
function identity(type: GraphQLObjectType): string {
  const fields = type.getFields();
  return ['__typename', ...['id', 'status'].filter((name) => name in fields)].join(' ');
}

/**
 * The query that reads `relation` along its path, asking every object on the way who it is.
 * `args` gives the arguments text of a field ('' for none), told the type read through it.
 */
export function queryFor(
  relation: Relation,
  args: (step: Step, member: GraphQLObjectType, relation: Relation) => string,
): string {
  const { path, target } = relation;
  let selection = identity(target);
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const { on, field } = path[i];
    const member = path[i + 1]?.on ?? target;
    // A member of a union or interface is read through an inline fragment.
    const inner = isAbstractType(getNamedType(field.type))
      ? `... on ${member.name} { ${selection} }`
      : selection;
    const read = `${field.name}${args(path[i], member, relation)} { ${inner} }`;
    selection = i > 0 ? `${identity(on)} ${read}` : read;
  }
  return `{ ${selection} }`;
}

const items = (value: unknown): unknown[] =>
  Array.isArray(value) ? value.flatMap(items) : value && typeof value === 'object' ? [value] : [];

/** The objects a result holds at the end of the relation's path. */
export function reachedBy(relation: Relation, data: unknown): Record<string, unknown>[] {
  let values = items(data);
  for (const { field } of relation.path)
    values = values.flatMap((value) => items((value as Record<string, unknown>)[field.name]));
  return (values as Record<string, unknown>[]).filter((v) => v.__typename === relation.target.name);
}

/** Every object with an id anywhere in a result. */
export function recordsIn(data: unknown): Record<string, unknown>[] {
  return items(data).flatMap((value) => {
    const object = value as Record<string, unknown>;
    const nested = Object.values(object).flatMap(recordsIn);
    return 'id' in object ? [object, ...nested] : nested;
  });
}
