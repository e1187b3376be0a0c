import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  Kind,
  type SelectionSetNode,
} from 'graphql';

type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

/**
 * The fields a selection set asks for at its own level, looking through inline fragments and
 * fragment spreads (each fragment once, so a cycle cannot loop). `@skip`/`@include` are not
 * evaluated: a field under them counts as asked, which only ever does more work, never less.
 */
function fieldNodes(sets: readonly SelectionSetNode[], fragments: Fragments): FieldNode[] {
  const fields: FieldNode[] = [];
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode): void => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) walk(fragment.selectionSet);
      }
    }
  };
  sets.forEach(walk);
  return fields;
}

/** The names of the fields a selection set asks for at its own level. */
export function selectedFields(sets: readonly SelectionSetNode[], fragments: Fragments): Set<string> {
  return new Set(fieldNodes(sets, fragments).map((field) => field.name.value));
}

/** The selection sets of the fields named `name` directly under `sets`, however aliased. */
function childSets(
  sets: readonly SelectionSetNode[],
  fragments: Fragments,
  name: string,
): SelectionSetNode[] {
  return fieldNodes(sets, fragments).flatMap((field) =>
    field.name.value === name && field.selectionSet ? [field.selectionSet] : [],
  );
}

const ownSets = (info: GraphQLResolveInfo): SelectionSetNode[] =>
  info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));

/** Whether the field being resolved has `name` in its selection (e.g. a connection's totalCount). */
export function selects(info: GraphQLResolveInfo, name: string): boolean {
  return selectedFields(ownSets(info), info.fragments).has(name);
}

/** What a query selects below a field: each field by name (however aliased) with what it selects. */
export type SelectionTree = ReadonlyMap<string, SelectionTree>;

function tree(sets: readonly SelectionSetNode[], fragments: Fragments): SelectionTree {
  const children = new Map<string, SelectionSetNode[]>();
  for (const field of fieldNodes(sets, fragments)) {
    const list = children.get(field.name.value) ?? [];
    if (field.selectionSet) list.push(field.selectionSet);
    children.set(field.name.value, list);
  }
  return new Map([...children].map(([name, childSets]) => [name, tree(childSets, fragments)]));
}

/** What the field being resolved selects of its value (a record's fields, and theirs). */
export function ownSelection(info: GraphQLResolveInfo): SelectionTree {
  return tree(ownSets(info), info.fragments);
}

/** What a connection being resolved reads of its nodes (`edges { node { … } }`). */
export function nodeSelection(info: GraphQLResolveInfo): SelectionTree {
  const edges = childSets(ownSets(info), info.fragments, 'edges');
  return tree(childSets(edges, info.fragments, 'node'), info.fragments);
}
