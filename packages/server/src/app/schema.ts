import path from 'node:path';
import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { validateOrReject, type ValidationError } from 'class-validator';
import { ArgumentValidationError, buildSchema, type NonEmptyArray } from 'type-graphql';
import type { ModuleManifest } from '../common/module';
import { registerContentTypes } from '../modules/revision';
import { MODULES } from './modules';

/** The committed contract partner sites build on; a test compares it with the code. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

const VALIDATOR_OPTIONS = { skipMissingProperties: true, forbidUnknownValues: false } as const;

/**
 * TypeGraphQL's own validation with class-validator, as `validate: { forbidUnknownValues: false }`
 * ran it, but with class-validator imported once: TypeGraphQL imported it again for every
 * argument of every request (a module lookup each time, ~1 % of a partner read).
 */
async function validateArgument(value: unknown): Promise<void> {
  if (value === null || typeof value !== 'object') return;
  try {
    if (Array.isArray(value)) {
      const items = value.filter((item): item is object => item !== null && typeof item === 'object');
      await Promise.all(items.map((item) => validateOrReject(item, VALIDATOR_OPTIONS)));
    } else await validateOrReject(value, VALIDATOR_OPTIONS);
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}

/**
 * Sorted, so the printed contract does not depend on the order modules are loaded in
 * (TypeGraphQL orders fields as their decorators ran).
 */
export async function createSchema(modules: readonly ModuleManifest[] = MODULES): Promise<GraphQLSchema> {
  // The ContentType enum's values are the modules' editorial types: filled before it is read.
  registerContentTypes(modules);
  const built = await buildSchema({
    resolvers: modules.flatMap((m) => m.resolvers) as unknown as NonEmptyArray<Function>,
    validateFn: validateArgument,
  });
  return lexicographicSortSchema(built);
}
