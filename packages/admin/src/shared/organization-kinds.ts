import type { OrganizationKind } from '../gql/graphql';

/** Every kind of organization, in the order people look for them (lists, forms, facets). */
export const ORGANIZATION_KINDS = [
  'NGO',
  'FOUNDATION',
  'MUNICIPALITY',
  'PUBLIC_AGENCY',
  'FUNDER',
  'ACADEMIC',
  'BUSINESS',
] as const satisfies readonly OrganizationKind[];
