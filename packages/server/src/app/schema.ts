import path from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { DistrictResolver, MunicipalityResolver } from '../modules/geography/geography.resolver';
import { OrganizationResolver } from '../modules/organization/organization.resolver';

export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

const resolvers: NonEmptyArray<Function> = [DistrictResolver, MunicipalityResolver, OrganizationResolver];

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
  });
}
