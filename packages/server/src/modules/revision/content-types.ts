import { type ClassType, registerEnumType } from 'type-graphql';
import type { RecordEntity } from '../../common/base.entity';
import { fieldError, Reason } from '../../common/errors';
import type { LocalizedText } from '../../common/localized';
import type { EditorialTarget } from '../../common/module';
import { Organization } from '../organization/organization.entity';
import { PartnerNetwork } from '../partner-network/partner-network.entity';
import { Practice } from '../practice/practice.entity';
import { Project } from '../project/project.entity';
import { TargetGroup, Theme } from '../taxonomy/taxonomy.entity';
import { Volunteer, VolunteerAssignment, VolunteerProgramme } from '../volunteer/volunteer.entity';

/** Records with revisions and a trash, named by their GraphQL type (= entity class) name. */
export enum ContentType {
  Practice = 'Practice',
  Project = 'Project',
  Organization = 'Organization',
  PartnerNetwork = 'PartnerNetwork',
  VolunteerProgramme = 'VolunteerProgramme',
  Volunteer = 'Volunteer',
  VolunteerAssignment = 'VolunteerAssignment',
  Theme = 'Theme',
  TargetGroup = 'TargetGroup',
}
registerEnumType(ContentType, {
  name: 'ContentType',
  description: 'A kind of record that keeps revisions and goes to the trash when deleted.',
});

/**
 * Volunteer records hold personal data and belong to coordinators, not editors: their
 * revisions and trash are for admins only (the policy lets editors in; the service says no).
 */
export const PERSONAL_TYPES: ReadonlySet<ContentType> = new Set([
  ContentType.Volunteer,
  ContentType.VolunteerAssignment,
]);

export type { EditorialTarget };

export type EditorialRegistry = Record<ContentType, EditorialTarget>;

const bg = (text: LocalizedText | null | undefined) => text?.bg ?? '';

interface TypeInfo {
  entity: ClassType<RecordEntity>;
  /** What the trash shows for a record. */
  title(record: RecordEntity): string;
}

type As<T> = (record: T) => string;
const info = <T extends RecordEntity>(entity: ClassType<T>, title: As<T>): TypeInfo => ({
  entity,
  title: title as As<RecordEntity>,
});

export const CONTENT_TYPES: Record<ContentType, TypeInfo> = {
  Practice: info(Practice, (r) => bg(r.title)),
  Project: info(Project, (r) => bg(r.title)),
  Organization: info(Organization, (r) => bg(r.name)),
  PartnerNetwork: info(PartnerNetwork, (r) => bg(r.name)),
  VolunteerProgramme: info(VolunteerProgramme, (r) => bg(r.name)),
  Volunteer: info(Volunteer, (r) => r.name),
  VolunteerAssignment: info(VolunteerAssignment, (r) => r.role),
  Theme: info(Theme, (r) => bg(r.label)),
  TargetGroup: info(TargetGroup, (r) => bg(r.label)),
};

/** The type named by a string (an argument or a stored revision); unknown is a field error. */
export function contentType(name: string, field = 'entityType'): ContentType {
  if (!Object.prototype.hasOwnProperty.call(CONTENT_TYPES, name)) {
    throw fieldError(
      field,
      `Unknown entity type ${name}; one of ${Object.keys(CONTENT_TYPES).join(', ')}`,
      Reason.invalid,
      { value: name },
    );
  }
  return name as ContentType;
}
