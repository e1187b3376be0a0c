import { COORDINATORS, EDITORS, EVERYONE } from '../../common/audiences';
import { defineModule } from '../../common/module';
import { Audience } from '../../common/principal';
import { audit } from '../audit';
import { auth } from '../auth';
import { content } from '../content';
import { geography } from '../geography';
import { organization } from '../organization';
import { project } from '../project';
import { revision } from '../revision';
import { VolunteerPrivacyService } from './volunteer-privacy.service';
import { UserProgrammesResolver, VolunteerProgrammeResolver } from './volunteer-programme.resolver';
import { VolunteerProgrammeService } from './volunteer-programme.service';
import { Volunteer, VolunteerAssignment, VolunteerProgramme } from './volunteer.entity';
import { VolunteerAssignmentResolver, VolunteerResolver } from './volunteer.resolver';
import { VolunteerAssignmentService, VolunteerService } from './volunteer.service';

declare module '../../common/context' {
  interface ServiceRegistry {
    volunteerProgrammes: VolunteerProgrammeService;
    volunteers: VolunteerService;
    volunteerAssignments: VolunteerAssignmentService;
    volunteerPrivacy: VolunteerPrivacyService;
  }
}

/** Programmes may be edited by their coordinators too, not only by editors. */
const PROGRAMME_EDITORS = [Audience.EDITOR, Audience.COORDINATOR, Audience.ADMIN];

/**
 * Volunteer programmes (public) and the volunteers coordinators keep for them (personal data:
 * coordinators' own, revisions and trash for admins only, export and erasure under the GDPR).
 */
export const volunteer = defineModule({
  name: 'volunteer',
  requires: [audit, auth, content, geography, organization, project, revision],
  entities: [VolunteerProgramme, Volunteer, VolunteerAssignment],
  resolvers: [
    VolunteerProgrammeResolver,
    UserProgrammesResolver,
    VolunteerResolver,
    VolunteerAssignmentResolver,
  ],
  policy: {
    Query: {
      volunteerProgramme: EVERYONE,
      volunteerProgrammes: EVERYONE,
      volunteer: COORDINATORS,
      volunteers: COORDINATORS,
      exportVolunteerData: COORDINATORS,
    },
    Mutation: {
      createVolunteerProgramme: EDITORS,
      updateVolunteerProgramme: PROGRAMME_EDITORS,
      deleteVolunteerProgramme: EDITORS,
      createVolunteer: COORDINATORS,
      updateVolunteer: COORDINATORS,
      deleteVolunteer: COORDINATORS,
      createVolunteerAssignment: COORDINATORS,
      updateVolunteerAssignment: COORDINATORS,
      deleteVolunteerAssignment: COORDINATORS,
      eraseVolunteer: COORDINATORS,
    },
  },
  services: (s, { ds }) => ({
    volunteerProgrammes: new VolunteerProgrammeService(ds, s.revisions, s.geography, s.organizations),
    volunteers: new VolunteerService(ds, s.revisions, s.geography),
    volunteerAssignments: new VolunteerAssignmentService(ds, s.revisions),
    volunteerPrivacy: new VolunteerPrivacyService(ds, s.revisions, s.audit),
  }),
  editorial: [
    {
      typeName: 'VolunteerProgramme',
      entity: VolunteerProgramme,
      title: (r: VolunteerProgramme) => r.name.bg,
      target: (s) => s.volunteerProgrammes,
    },
    {
      typeName: 'Volunteer',
      entity: Volunteer,
      title: (r: Volunteer) => r.name,
      personal: true,
      target: (s) => s.volunteers,
    },
    {
      typeName: 'VolunteerAssignment',
      entity: VolunteerAssignment,
      title: (r: VolunteerAssignment) => r.role,
      personal: true,
      target: (s) => s.volunteerAssignments,
    },
  ],
  scheduled: [{ entity: VolunteerProgramme, target: (s) => s.volunteerProgrammes }],
  webhooks: {
    events: [
      'volunteerProgramme.created',
      'volunteerProgramme.updated',
      'volunteerProgramme.deleted',
      'volunteerProgramme.published',
    ],
  },
});

export { Volunteer, VolunteerAssignment, VolunteerProgramme };
export { VolunteerAssignmentService, VolunteerPrivacyService, VolunteerProgrammeService, VolunteerService };
export { VettingStatus } from './volunteer.entity';
