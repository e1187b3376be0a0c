import type { DataSource } from 'typeorm';
import type { AuditService } from '../audit/audit.service';
import type { EditorialTarget } from './content-types';
import { EditorialService } from './editorial.service';
import type { RevisionService } from './revision.service';

/** The services the editorial tools work through, one per content type. */
interface ContentServices {
  audit: AuditService;
  revisions: RevisionService;
  practices: EditorialTarget;
  projects: EditorialTarget;
  organizations: EditorialTarget;
  networks: EditorialTarget;
  volunteerProgrammes: EditorialTarget;
  volunteers: EditorialTarget;
  volunteerAssignments: EditorialTarget;
  themes: EditorialTarget;
  targetGroups: EditorialTarget;
}

export function createEditorial(ds: DataSource, s: ContentServices): EditorialService {
  return new EditorialService(ds, s.revisions, s.audit, {
    Practice: s.practices,
    Project: s.projects,
    Organization: s.organizations,
    PartnerNetwork: s.networks,
    VolunteerProgramme: s.volunteerProgrammes,
    Volunteer: s.volunteers,
    VolunteerAssignment: s.volunteerAssignments,
    Theme: s.themes,
    TargetGroup: s.targetGroups,
  });
}
