import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  isAbstractType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** The tag a write to any record of `type` drops: every list of the type, every record without an id. */
export const anyOf = (type: string) => `${type}:*`;
export const recordTag = (type: string, id: string) => `${type}:${id}`;

/** Too many tags: the answer is not worth keeping (a write would have to match a huge array). */
const MAX_TAGS = 2_000;

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  tags: Set<string>;
}

/** Thrown when an object's concrete type cannot be told (an abstract type without __typename). */
class Untaggable extends Error {}

/**
 * The records an answer shows, as tags: `Type:id` for each object with an `id` field the query
 * selected, and `Type:*` for each one inside a list, each one whose id was not selected and each
 * record field that answered null (a later write may create what it looked for). Null when the
 * answer cannot be tagged safely (then it is not cached).
 */
export function answerTags(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  data: Record<string, unknown>,
): string[] | null {
  const root = schema.getQueryType();
  if (!root) return null;
  const walk: Walk = { schema, fragments, tags: new Set() };
  try {
    visitObject(walk, root, operation.selectionSet, data, false);
  } catch (error) {
    if (error instanceof Untaggable) return null;
    throw error;
  }
  return walk.tags.size > MAX_TAGS ? null : [...walk.tags];
}

function visit(
  walk: Walk,
  type: GraphQLOutputType,
  selectionSet: SelectionSetNode | undefined,
  value: unknown,
  inList: boolean,
): void {
  if (isNonNullType(type)) return visit(walk, type.ofType, selectionSet, value, inList);
  if (isListType(type)) {
    if (Array.isArray(value)) for (const item of value) visit(walk, type.ofType, selectionSet, item, true);
    else if (value === null) tagNull(walk, type);
    return;
  }
  if (!selectionSet) return;
  if (value === null || value === undefined) return tagNull(walk, type);
  const object = value as Record<string, unknown>;
  let concrete: GraphQLObjectType;
  if (isObjectType(type)) concrete = type;
  else {
    const typename = typenameOf(selectionSet, object, walk);
    const named = typename ? walk.schema.getType(typename) : undefined;
    if (!named || !isObjectType(named)) throw new Untaggable();
    concrete = named;
  }
  visitObject(walk, concrete, selectionSet, object, inList);
}

function visitObject(
  walk: Walk,
  type: GraphQLObjectType,
  selectionSet: SelectionSetNode,
  object: Record<string, unknown>,
  inList: boolean,
): void {
  const fields = type.getFields();
  const isRecord = 'id' in fields;
  let id: unknown;
  for (const field of fieldsFor(walk, type, selectionSet)) {
    const key = field.alias?.value ?? field.name.value;
    if (field.name.value === 'id') id = object[key];
    const definition = fields[field.name.value];
    if (definition && key in object) visit(walk, definition.type, field.selectionSet, object[key], inList);
  }
  if (!isRecord) return;
  if (typeof id === 'string') walk.tags.add(recordTag(type.name, id));
  if (inList || typeof id !== 'string') walk.tags.add(anyOf(type.name));
}

/** A null list or record: it may hold something once any record of its type changes. */
function tagNull(walk: Walk, type: GraphQLOutputType): void {
  const named = getNamedType(type);
  if (isObjectType(named)) {
    if ('id' in named.getFields()) walk.tags.add(anyOf(named.name));
  } else if (isAbstractType(named)) {
    for (const possible of walk.schema.getPossibleTypes(named)) walk.tags.add(anyOf(possible.name));
  }
}

function typenameOf(
  selectionSet: SelectionSetNode,
  object: Record<string, unknown>,
  walk: Walk,
): string | undefined {
  for (const selection of flatten(walk, selectionSet)) {
    if (selection.name.value === '__typename') {
      const value = object[selection.alias?.value ?? '__typename'];
      if (typeof value === 'string') return value;
    }
  }
  return undefined;
}

/** The fields of a selection set that apply to `type` (its own, and fragments on it). */
function fieldsFor(walk: Walk, type: GraphQLObjectType, selectionSet: SelectionSetNode): FieldNode[] {
  return flatten(walk, selectionSet, (condition) => applies(walk, type, condition));
}

function applies(walk: Walk, type: GraphQLObjectType, condition: string): boolean {
  if (condition === type.name) return true;
  const named = walk.schema.getType(condition);
  return named !== undefined && isAbstractType(named) && walk.schema.isSubType(named, type);
}

function flatten(
  walk: Walk,
  selectionSet: SelectionSetNode,
  matches: (condition: string) => boolean = () => true,
): FieldNode[] {
  const out: FieldNode[] = [];
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) out.push(selection);
    else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (!selection.typeCondition || matches(selection.typeCondition.name.value))
        out.push(...flatten(walk, selection.selectionSet, matches));
    } else {
      const fragment = walk.fragments[selection.name.value];
      if (fragment && matches(fragment.typeCondition.name.value))
        out.push(...flatten(walk, fragment.selectionSet, matches));
    }
  }
  return out;
}
