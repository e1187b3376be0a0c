import { AuditEntry } from '../modules/audit/audit.entity';
import { ApiToken, LoginAttempt, Session, Setting, User } from '../modules/auth/auth.entity';
import { District, Municipality } from '../modules/geography/geography.entity';
import { Indicator } from '../modules/indicator/indicator.entity';
import { BlockedSender, SpentChallenge } from '../modules/nomination/moderation.entity';
import { Nomination } from '../modules/nomination/nomination.entity';
import { Organization } from '../modules/organization/organization.entity';
import { NetworkMembership, PartnerNetwork } from '../modules/partner-network/partner-network.entity';
import { Revision } from '../modules/revision/revision.entity';
import { PracticeAdoption } from '../modules/practice/practice-adoption.entity';
import { Practice } from '../modules/practice/practice.entity';
import { ProjectDocument, ProjectPartner } from '../modules/project/project-partner.entity';
import { Project } from '../modules/project/project.entity';
import { TargetGroup, Theme } from '../modules/taxonomy/taxonomy.entity';
import { Volunteer, VolunteerAssignment, VolunteerProgramme } from '../modules/volunteer/volunteer.entity';

export const entities = [
  District,
  Municipality,
  Organization,
  Theme,
  TargetGroup,
  Indicator,
  Practice,
  PracticeAdoption,
  Project,
  ProjectPartner,
  ProjectDocument,
  PartnerNetwork,
  NetworkMembership,
  VolunteerProgramme,
  Volunteer,
  VolunteerAssignment,
  Nomination,
  BlockedSender,
  SpentChallenge,
  User,
  Session,
  ApiToken,
  LoginAttempt,
  Setting,
  Revision,
  AuditEntry,
];
