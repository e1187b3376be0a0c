import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, Kind, type ValueNode, visit } from 'graphql';
import { badInput, type FieldError, Reason } from '../common/errors';
import { isStorableText } from '../common/scalars';

/** More would only lengthen the answer to a request made of nothing else. */
const MAX_REPORTED = 10;

/** A path into a value, built from the leaf up so a deep list costs no copying. */
interface Path {
  parent: Path | null;
  key: string | number;
}

/** Deeper than any input of the schema: the rest of a path is only nesting. */
const MAX_NAMED_DEPTH = 12;

const keys = (path: Path): (string | number)[] => {
  const out: (string | number)[] = [];
  for (let at: Path | null = path; at; at = at.parent) out.push(at.key);
  return out.reverse();
};

/**
 * As validation errors name fields: from the argument, except that a mutation's `input`
 * argument is left out (`email`, `filter.search`, `filter.districtCodes[1]`, `after`).
 */
function fieldName(path: (string | number)[]): string {
  const named = path[0] === 'input' && path.length > 1 ? path.slice(1) : path;
  const name = named
    .slice(0, MAX_NAMED_DEPTH)
    .reduce<string>(
      (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${key}` : key),
      '',
    );
  return named.length > MAX_NAMED_DEPTH ? `${name}…` : name;
}

/** Where each variable is first used (`$s` in `filter: { search: $s }` → filter.search). */
type Usages = Map<string, Path>;

/** Recursive: the parser's token limit keeps literals shallow. */
function walkLiteral(node: ValueNode, path: Path, found: Path[], usages: Usages): void {
  if (node.kind === Kind.STRING) {
    if (!isStorableText(node.value)) found.push(path);
  } else if (node.kind === Kind.LIST) {
    node.values.forEach((value, index) => walkLiteral(value, { parent: path, key: index }, found, usages));
  } else if (node.kind === Kind.OBJECT) {
    for (const field of node.fields)
      walkLiteral(field.value, { parent: path, key: field.name.value }, found, usages);
  } else if (node.kind === Kind.VARIABLE && !usages.has(node.name.value)) {
    usages.set(node.name.value, path);
  }
}

/**
 * Iterative: a 1 MB body can nest lists a hundred thousand deep, which recursion would not
 * survive. Each string found is reported under the path where its variable is used.
 */
function walkVariables(variables: Record<string, unknown>, usages: Usages, found: Path[]): void {
  const stack: [unknown, Path][] = Object.entries(variables)
    .reverse()
    .map(([name, value]) => [value, usages.get(name) ?? { parent: null, key: name }]);
  while (stack.length && found.length < MAX_REPORTED) {
    const [value, path] = stack.pop()!;
    if (typeof value === 'string') {
      if (!isStorableText(value)) found.push(path);
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1)
        stack.push([value[index], { parent: path, key: index }]);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value).reverse()) stack.push([item, { parent: path, key }]);
    }
  }
}

interface DocumentTexts {
  /** Literals no database stores. */
  found: readonly Path[];
  /** Where each variable is first used. */
  usages: Usages;
}

/** Apollo keeps one parsed document per query text: its literals are checked once. */
const documents = new WeakMap<DocumentNode, DocumentTexts>();

function documentTexts(document: DocumentNode): DocumentTexts {
  const known = documents.get(document);
  if (known) return known;
  const found: Path[] = [];
  const usages: Usages = new Map();
  visit(document, {
    Argument(node) {
      walkLiteral(node.value, { parent: null, key: node.name.value }, found, usages);
      return false;
    },
  });
  // Named where the variable is used, which is known once every argument was seen.
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const { variable, defaultValue } of definition.variableDefinitions ?? []) {
      const at = usages.get(variable.name.value) ?? { parent: null, key: variable.name.value };
      if (defaultValue) walkLiteral(defaultValue, at, found, usages);
    }
  }
  const texts = { found, usages };
  documents.set(document, texts);
  return texts;
}

/** Fields of the document's literals and of the variables that hold text no database stores. */
export function unstorableText(document: DocumentNode, variables: Record<string, unknown>): FieldError[] {
  const { found: inDocument, usages } = documentTexts(document);
  const found = [...inDocument];
  walkVariables(variables, usages, found);
  return found.slice(0, MAX_REPORTED).map((path) => ({
    field: fieldName(keys(path)),
    message: 'Contains a NUL character or an unpaired surrogate',
    reason: Reason.invalid,
  }));
}

/**
 * Refuses, before anything runs, text that would reach PostgreSQL as an internal error or be
 * stored mangled: once here rather than in every service and scalar.
 */
export const textGuardPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const fields = unstorableText(document, request.variables ?? {});
        if (fields.length)
          throw badInput(fields, 'Text may not contain NUL characters or unpaired surrogates');
      },
    };
  },
};
