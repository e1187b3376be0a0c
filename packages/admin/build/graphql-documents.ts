// Inlines each `graphql(`…`)` call of a `*.graphql.ts` module as the document codegen generated
// for it, so a document ships in the chunk of the code that uses it. Without this, every call
// resolves through src/gql/gql.ts, whose map references every document in src/gql/graphql.ts:
// one module shared by lazy routes and initial code, which the bundler puts in the initial JS.
// Types are untouched: tsc still sees the typed `graphql()` overloads.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Kind, parse } from 'graphql';
import type { Plugin } from 'vite';

/** A call with a plain template literal (no `${}`), as codegen itself requires. */
const CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*,?\s*\)/g;
/** The import the calls need; once they are gone it would pull src/gql back into the chunk. */
const IMPORT = /^import\s*\{\s*graphql\s*\}\s*from\s*['"][^'"]*\/gql(?:\/index)?['"];?[ \t]*\r?\n/m;
const MODULE = /\.graphql\.ts$/;

/**
 * The object literal codegen emits for `export const <exportName> = {…} as unknown as …`, on
 * one line (prettier breaks it over many; strings in it never hold raw newlines).
 */
export function findDocumentLiteral(generated: string, exportName: string): string | undefined {
  const head = `export const ${exportName} = `;
  const start = generated.indexOf(head);
  if (start < 0) return undefined;
  const end = generated.indexOf(' as unknown as ', start + head.length);
  if (end < 0) return undefined;
  return generated
    .slice(start + head.length, end)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/** The generated export of the one operation or fragment a `graphql()` source defines. */
export function documentExportName(source: string): string {
  const definitions = parse(source, { noLocation: true }).definitions;
  const [definition, ...rest] = definitions;
  if (!definition || rest.length) {
    throw new Error(`expected one operation or fragment per graphql() call, got ${definitions.length}`);
  }
  if (definition.kind === Kind.FRAGMENT_DEFINITION) return `${definition.name.value}FragmentDoc`;
  if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
    return `${definition.name.value}Document`;
  }
  throw new Error('graphql() needs a named operation or fragment');
}

/**
 * `code` with every `graphql()` call replaced by its generated document and the `graphql`
 * import removed. Throws when a document is missing from `generated` (codegen not run) or a call
 * cannot be inlined. Each replacement keeps the call's line count, so the module's lines (and
 * source maps) stay as they were.
 */
export function inlineDocuments(code: string, generated: string): string {
  const inlined = code.replace(CALL, (call, source: string) => {
    const name = documentExportName(source);
    const literal = findDocumentLiteral(generated, name);
    if (!literal) throw new Error(`${name} is not in src/gql/graphql.ts: run \`pnpm codegen\``);
    return literal + '\n'.repeat(call.split('\n').length - 1);
  });
  if (/\bgraphql\(/.test(inlined)) {
    throw new Error('a graphql() call could not be inlined (only plain template literals can)');
  }
  return inlined.replace(IMPORT, '\n');
}

/** The Vite plugin (build and dev server). `generated` is relative to the Vite root. */
export function graphqlDocuments(generated = 'src/gql/graphql.ts'): Plugin {
  let file = '';
  let cache: { mtimeMs: number; text: string } | undefined;
  // Re-read only when codegen rewrote the file (the dev server outlives many codegen runs).
  const read = () => {
    const { mtimeMs } = statSync(file);
    if (cache?.mtimeMs !== mtimeMs) cache = { mtimeMs, text: readFileSync(file, 'utf8') };
    return cache.text;
  };
  return {
    name: 'obmen:graphql-documents',
    enforce: 'pre',
    configResolved(config) {
      file = resolve(config.root, generated);
    },
    transform: {
      filter: { id: MODULE },
      handler(code, id) {
        if (!MODULE.test(id.split('?')[0])) return null;
        this.addWatchFile(file);
        try {
          return { code: inlineDocuments(code, read()), map: null };
        } catch (error) {
          this.error(`${id}: ${(error as Error).message}`);
        }
      },
    },
  };
}
