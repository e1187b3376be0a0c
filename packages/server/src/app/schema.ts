import path from 'node:path';
import { type GraphQLSchema, lexicographicSortSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { AuditResolver } from '../modules/audit/audit.resolver';
import { ApiTokenResolver, AuthResolver } from '../modules/auth/auth.resolver';
import { DistrictResolver, MunicipalityResolver } from '../modules/geography/geography.resolver';
import { IndicatorResolver } from '../modules/indicator/indicator.resolver';
import { ModerationResolver, PracticeProposalResolver } from '../modules/nomination/moderation.resolver';
import { NominationResolver } from '../modules/nomination/nomination.resolver';
import { OrganizationResolver } from '../modules/organization/organization.resolver';
import {
  NetworkMembershipResolver,
  PartnerNetworkResolver,
} from '../modules/partner-network/partner-network.resolver';
import { PracticeAdoptionResolver, PracticeResolver } from '../modules/practice/practice.resolver';
import { ProjectPartnerResolver, ProjectResolver } from '../modules/project/project.resolver';
import { RevisionResolver, TrashResolver } from '../modules/revision/revision.resolver';
import { TargetGroupResolver, ThemeResolver } from '../modules/taxonomy/taxonomy.resolver';
import { VolunteerProgrammeResolver } from '../modules/volunteer/volunteer-programme.resolver';
import { VolunteerAssignmentResolver, VolunteerResolver } from '../modules/volunteer/volunteer.resolver';

/** The committed contract partner sites build on; a test compares it with the code. */
export const SCHEMA_FILE = path.resolve(__dirname, '../../schema.graphql');

const resolvers: NonEmptyArray<Function> = [
  AuthResolver,
  ApiTokenResolver,
  DistrictResolver,
  MunicipalityResolver,
  OrganizationResolver,
  ThemeResolver,
  TargetGroupResolver,
  IndicatorResolver,
  PracticeResolver,
  PracticeAdoptionResolver,
  ProjectResolver,
  ProjectPartnerResolver,
  PartnerNetworkResolver,
  NetworkMembershipResolver,
  VolunteerProgrammeResolver,
  VolunteerResolver,
  VolunteerAssignmentResolver,
  NominationResolver,
  ModerationResolver,
  PracticeProposalResolver,
  RevisionResolver,
  TrashResolver,
  AuditResolver,
];

/**
 * Sorted, so the printed contract does not depend on the order modules are loaded in
 * (TypeGraphQL orders fields as their decorators ran).
 */
export async function createSchema(): Promise<GraphQLSchema> {
  const built = await buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
  });
  return lexicographicSortSchema(built);
}
