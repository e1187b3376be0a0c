import type { DataSource } from 'typeorm';
import { TaggedContentService } from '../modules/content/content.service';
import { GeographyService } from '../modules/geography/geography.service';
import { IndicatorService } from '../modules/indicator/indicator.service';
import { NominationService } from '../modules/nomination/nomination.service';
import { OrganizationService } from '../modules/organization/organization.service';
import { PartnerNetworkService } from '../modules/partner-network/partner-network.service';
import { PracticeService } from '../modules/practice/practice.service';
import { ProjectService } from '../modules/project/project.service';
import { TargetGroup, Theme } from '../modules/taxonomy/taxonomy.entity';
import { TaxonomyService } from '../modules/taxonomy/taxonomy.service';
import { VolunteerProgrammeService } from '../modules/volunteer/volunteer-programme.service';
import { VolunteerAssignmentService, VolunteerService } from '../modules/volunteer/volunteer.service';

export function createServices(ds: DataSource) {
  const geography = new GeographyService(ds);
  const organizations = new OrganizationService(ds, geography);
  const themes = new TaxonomyService(ds, Theme);
  const targetGroups = new TaxonomyService(ds, TargetGroup);
  const tagged = new TaggedContentService(
    geography,
    themes,
    targetGroups,
    new IndicatorService(targetGroups),
  );
  const projects = new ProjectService(ds, organizations, tagged);
  return {
    geography,
    organizations,
    themes,
    targetGroups,
    practices: new PracticeService(ds, geography, organizations, tagged),
    projects,
    networks: new PartnerNetworkService(ds, organizations),
    volunteerProgrammes: new VolunteerProgrammeService(ds, geography, organizations),
    volunteers: new VolunteerService(ds, geography),
    volunteerAssignments: new VolunteerAssignmentService(ds),
    nominations: new NominationService(ds),
  };
}

export type Services = ReturnType<typeof createServices>;
