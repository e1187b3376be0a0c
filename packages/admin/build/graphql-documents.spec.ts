import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as generatedDocuments from '../src/gql/graphql';
import { findDocumentLiteral, inlineDocuments } from './graphql-documents';

/** What codegen writes, as prettier formats it: one document per export, over several lines. */
const generated = `export type MeQuery = { me: { id: string } | null };
export const SessionUserFragmentDoc = {
  kind: 'Document',
  definitions: [{ kind: 'FragmentDefinition', name: { kind: 'Name', value: 'SessionUser' } }],
} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const MeDocument = {
  kind: 'Document',
  definitions: [
    { kind: 'OperationDefinition', operation: 'query', name: { kind: 'Name', value: 'Me' } },
  ],
} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const MeTooDocument = { kind: 'Document', definitions: [] } as unknown as DocumentNode<X, Y>;
`;

const evaluate = (literal: string | undefined): unknown => new Function(`return (${literal})`)();

describe('findDocumentLiteral', () => {
  it('returns the generated object literal of an operation, on one line', () => {
    const literal = findDocumentLiteral(generated, 'MeDocument');
    expect(literal).not.toContain('\n');
    expect(evaluate(literal)).toEqual({
      kind: 'Document',
      definitions: [{ kind: 'OperationDefinition', operation: 'query', name: { kind: 'Name', value: 'Me' } }],
    });
  });

  it('finds fragments and does not confuse names that share a prefix', () => {
    expect(evaluate(findDocumentLiteral(generated, 'SessionUserFragmentDoc'))).toMatchObject({
      definitions: [{ kind: 'FragmentDefinition' }],
    });
    expect(evaluate(findDocumentLiteral(generated, 'MeTooDocument'))).toEqual({
      kind: 'Document',
      definitions: [],
    });
    expect(findDocumentLiteral(generated, 'MDocument')).toBeUndefined();
  });
});

describe('inlineDocuments', () => {
  const module = `import { graphql } from '../../gql';

/** The signed-in user. */
export const SessionUserFragment = graphql(\`
  fragment SessionUser on User {
    id
  }
\`);

export const MeQuery = graphql(\`
  query Me($id: ID) {
    me {
      ...SessionUser
    }
  }
\`);
`;

  it('replaces every call with its document, drops the import and keeps the line count', () => {
    const code = inlineDocuments(module, generated);
    expect(code).not.toMatch(/graphql|gql/);
    expect(code).toContain(`export const MeQuery = ${findDocumentLiteral(generated, 'MeDocument')}`);
    expect(code).toContain(
      `export const SessionUserFragment = ${findDocumentLiteral(generated, 'SessionUserFragmentDoc')}`,
    );
    expect(code.split('\n')).toHaveLength(module.split('\n').length);
    expect(code.split('\n').indexOf('/** The signed-in user. */')).toBe(2);
  });

  it('fails when codegen has not generated a document', () => {
    const stale = module.replace('query Me(', 'query Missing(');
    expect(() => inlineDocuments(stale, generated)).toThrow(
      'MissingDocument is not in src/gql/graphql.ts: run `pnpm codegen`',
    );
  });

  it('fails on calls it cannot inline rather than shipping them half-done', () => {
    const interpolated = module.replace('query Me(', '${fragment}\n  query Me(');
    expect(() => inlineDocuments(interpolated, generated)).toThrow('could not be inlined');
    const anonymous = module.replace('query Me($id: ID)', 'query');
    expect(() => inlineDocuments(anonymous, generated)).toThrow('named operation or fragment');
    const two = module.replace('query Me(', 'query Other { me { id } }\n  query Me(');
    expect(() => inlineDocuments(two, generated)).toThrow('one operation or fragment');
  });
});

describe('the admin operations', () => {
  const src = resolve(__dirname, '../src');
  const text = readFileSync(join(src, 'gql/graphql.ts'), 'utf8');
  const features = readdirSync(join(src, 'features'));
  const modules = features.flatMap((feature) =>
    readdirSync(join(src, 'features', feature))
      .filter((file) => file.endsWith('.graphql.ts'))
      .map((file) => join('features', feature, file)),
  );

  it.each(modules)('%s inlines to the documents codegen generated', (file) => {
    const source = readFileSync(join(src, file), 'utf8');
    const code = inlineDocuments(source, text);
    const exported = [...code.matchAll(/^export const (\w+) = (\{.*\});?$/gm)];
    expect(exported).toHaveLength(source.match(/\bgraphql\(/g)?.length ?? 0);
    const byValue = Object.values(generatedDocuments);
    for (const [, , literal] of exported) expect(byValue).toContainEqual(evaluate(literal));
  });
});
