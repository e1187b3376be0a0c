import type { DataSource } from 'typeorm';
import { AuditService } from '../modules/audit/audit.service';
import { AccessService } from '../modules/auth/access.service';
import { AuthService } from '../modules/auth/auth.service';
import { TaggedContentService } from '../modules/content/content.service';
import { GeographyService } from '../modules/geography/geography.service';
import { IndicatorService } from '../modules/indicator/indicator.service';
import { nominationServices } from '../modules/nomination/nomination.module';
import { OrganizationService } from '../modules/organization/organization.service';
import { PartnerNetworkService } from '../modules/partner-network/partner-network.service';
import { PracticeService } from '../modules/practice/practice.service';
import { ProjectService } from '../modules/project/project.service';
import { createEditorial } from '../modules/revision/editorial.module';
import { RevisionService } from '../modules/revision/revision.service';
import { TargetGroup, Theme } from '../modules/taxonomy/taxonomy.entity';
import { TaxonomyService } from '../modules/taxonomy/taxonomy.service';
import { VolunteerPrivacyService } from '../modules/volunteer/volunteer-privacy.service';
import { VolunteerProgrammeService } from '../modules/volunteer/volunteer-programme.service';
import { VolunteerAssignmentService, VolunteerService } from '../modules/volunteer/volunteer.service';

export interface Runtime {
  /** Server secret: keys address hashes and proof-of-work challenges. */
  secret: string;
}

export function createServices(ds: DataSource, runtime: Runtime) {
  const audit = new AuditService(ds);
  const revisions = new RevisionService(ds, audit);
  const geography = new GeographyService(ds);
  const organizations = new OrganizationService(ds, revisions, geography);
  const themes = new TaxonomyService(ds, revisions, Theme);
  const targetGroups = new TaxonomyService(ds, revisions, TargetGroup);
  const tagged = new TaggedContentService(
    geography,
    themes,
    targetGroups,
    new IndicatorService(targetGroups),
  );
  const auth = new AuthService(ds);
  const practices = new PracticeService(ds, revisions, geography, organizations, tagged);
  const services = {
    runtime,
    audit,
    revisions,
    auth,
    access: new AccessService(ds, auth, audit),
    geography,
    organizations,
    themes,
    targetGroups,
    practices,
    projects: new ProjectService(ds, revisions, organizations, tagged),
    networks: new PartnerNetworkService(ds, revisions, organizations),
    volunteerProgrammes: new VolunteerProgrammeService(ds, revisions, geography, organizations),
    volunteers: new VolunteerService(ds, revisions, geography),
    volunteerAssignments: new VolunteerAssignmentService(ds, revisions),
    ...nominationServices(ds, runtime.secret, { audit, revisions, practices }),
  };
  return {
    ...services,
    editorial: createEditorial(ds, services),
    volunteerPrivacy: new VolunteerPrivacyService(ds, revisions, audit),
  };
}

export type Services = ReturnType<typeof createServices>;
