import path from 'node:path';
import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import type { ModuleManifest } from '../common/module';
import { registerContentTypes } from '../modules/revision';
import { MODULES } from './modules';

/** The committed contract partner sites build on; a test compares it with the code. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

/**
 * Sorted, so the printed contract does not depend on the order modules are loaded in
 * (TypeGraphQL orders fields as their decorators ran).
 */
export async function createSchema(modules: readonly ModuleManifest[] = MODULES): Promise<GraphQLSchema> {
  // The ContentType enum's values are the modules' editorial types: filled before it is read.
  registerContentTypes(modules);
  const built = await buildSchema({
    resolvers: modules.flatMap((m) => m.resolvers) as unknown as NonEmptyArray<Function>,
    validate: { forbidUnknownValues: false },
  });
  return lexicographicSortSchema(built);
}
