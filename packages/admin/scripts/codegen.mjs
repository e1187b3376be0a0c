// Typed GraphQL operations for the admin, generated from the server's contract.
//
// The GraphQL Codegen client preset, run through @graphql-codegen/core: the same pipeline as
// `graphql-codegen --config codegen.ts`, without the CLI's remote-schema loaders (their
// dependency chain does not install from the registry at the moment). Reads
// ../server/schema.graphql and the operations in src/**/*.graphql.ts, writes src/gql/ and
// formats it with the repository's Prettier settings. Usage: `pnpm codegen`.
import { codegen } from '@graphql-codegen/core';
import { preset } from '@graphql-codegen/client-preset';
import { getCachedDocumentNodeFromSchema } from '@graphql-codegen/plugin-helpers';
import { CodeFileLoader } from '@graphql-tools/code-file-loader';
import { loadDocuments } from '@graphql-tools/load';
import { buildSchema, lexicographicSortSchema } from 'graphql';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import prettier from 'prettier';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCHEMA = resolve(root, '../server/schema.graphql');
const DOCUMENTS = ['src/**/*.graphql.ts'];
const OUTPUT = 'src/gql/';

/** What a `codegen.ts` for @graphql-codegen/cli would say under `generates['src/gql/']`. */
const presetConfig = { fragmentMasking: false };
const config = {
  // Apollo Client 4 adds __typename to every selection and unwraps root typenames.
  avoidOptionals: { field: true, inputValue: false },
  nonOptionalTypename: true,
  skipTypeNameForRoot: true,
  defaultScalarType: 'unknown',
  strictScalars: true,
  scalars: {
    DateTime: 'string',
    LocalDate: 'string',
    Decimal: 'string',
    JSON: 'unknown',
    JSONObject: 'Record<string, unknown>',
  },
  useTypeImports: true,
};

const schemaAst = lexicographicSortSchema(buildSchema(await readFile(SCHEMA, 'utf8')));
const schema = getCachedDocumentNodeFromSchema(schemaAst);
const documents = await loadDocuments(
  DOCUMENTS.map((pattern) => resolve(root, pattern)),
  {
    loaders: [new CodeFileLoader({ pluckConfig: { skipIndent: true } })],
    sort: true,
    skipGraphQLImport: true,
    cwd: root,
  },
);

const outputs = await preset.buildGeneratesSection({
  baseOutputDir: OUTPUT,
  presetConfig,
  plugins: [],
  schema,
  schemaAst,
  documents,
  config,
  pluginMap: {},
  pluginContext: {},
  documentTransforms: [],
});

const outDir = resolve(root, OUTPUT);
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const prettierOptions = (await prettier.resolveConfig(resolve(outDir, 'graphql.ts'))) ?? {};
for (const output of outputs) {
  let content = await codegen({ ...output, schemaAst, cache: undefined });
  // The preset disables ESLint in every file; keep that only where the code needs it (`any`),
  // so the rest is linted and no unused directive is reported.
  // (The word in a description's comment is not the type.)
  const code = content.replace(/^\/\* eslint-disable \*\/\n/, '').replace(/\/\*\*[\s\S]*?\*\//g, '');
  if (!/\bany\b/.test(code)) {
    content = content.replace(/^\/\* eslint-disable \*\/\n/, '');
  }
  const file = resolve(root, output.filename);
  const formatted = await prettier.format(content, { ...prettierOptions, filepath: file });
  await writeFile(file, formatted);
  console.log(`codegen: wrote ${relative(root, file)}`);
}
console.log(`codegen: ${documents.length} operation(s) and fragment(s) against ${relative(root, SCHEMA)}`);
