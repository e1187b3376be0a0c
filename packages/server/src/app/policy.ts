import { Audience } from '../modules/auth/principal';

const { PUBLIC, PARTNER, COORDINATOR, MODERATOR, EDITOR, ADMIN } = Audience;

/** Everyone: published content and reference data (drafts are filtered by visibility, not here). */
const EVERYONE = [PUBLIC, PARTNER, COORDINATOR, MODERATOR, EDITOR, ADMIN];
/** People, not partner sites: tokens are read-only. */
const PEOPLE = [PUBLIC, COORDINATOR, MODERATOR, EDITOR, ADMIN];
const STAFF = [COORDINATOR, MODERATOR, EDITOR, ADMIN];
const EDITORS = [EDITOR, ADMIN];
const MODERATORS = [MODERATOR, ADMIN];
const COORDINATORS = [COORDINATOR, ADMIN];
const ADMINS = [ADMIN];

/**
 * Who may run each root operation: the one place access is decided per operation.
 * Finer rules (a coordinator's own volunteers, published-only reads, private fields) live
 * in the services and types. An operation missing here is refused to everyone.
 */
export const POLICY: Record<'Query' | 'Mutation', Record<string, readonly Audience[]>> = {
  Query: {
    practice: EVERYONE,
    practices: EVERYONE,
    project: EVERYONE,
    projects: EVERYONE,
    organization: EVERYONE,
    organizations: EVERYONE,
    partnerNetwork: EVERYONE,
    partnerNetworks: EVERYONE,
    volunteerProgramme: EVERYONE,
    volunteerProgrammes: EVERYONE,
    districts: EVERYONE,
    municipalities: EVERYONE,
    themes: EVERYONE,
    targetGroups: EVERYONE,
    nominationChallenge: PEOPLE,
    me: EVERYONE,
    volunteer: COORDINATORS,
    volunteers: COORDINATORS,
    nominations: MODERATORS,
    moderationQueue: MODERATORS,
    users: ADMINS,
    sessions: STAFF,
    apiTokens: ADMINS,
    revisions: EDITORS,
    revisionDiff: EDITORS,
    trash: EDITORS,
    auditLog: ADMINS,
    exportVolunteerData: COORDINATORS,
  },
  Mutation: {
    login: PEOPLE,
    logout: STAFF,
    revokeSession: STAFF,
    createUser: ADMINS,
    updateUser: ADMINS,
    createApiToken: ADMINS,
    revokeApiToken: ADMINS,
    submitNomination: PEOPLE,
    proposePractice: PEOPLE,
    moderateNominations: MODERATORS,
    reviewProposal: MODERATORS,
    unblockSender: MODERATORS,
    createPractice: EDITORS,
    updatePractice: EDITORS,
    deletePractice: EDITORS,
    createProject: EDITORS,
    updateProject: EDITORS,
    deleteProject: EDITORS,
    createOrganization: EDITORS,
    updateOrganization: EDITORS,
    deleteOrganization: EDITORS,
    createPartnerNetwork: EDITORS,
    updatePartnerNetwork: EDITORS,
    deletePartnerNetwork: EDITORS,
    createTheme: EDITORS,
    updateTheme: EDITORS,
    deleteTheme: EDITORS,
    createTargetGroup: EDITORS,
    updateTargetGroup: EDITORS,
    deleteTargetGroup: EDITORS,
    createVolunteerProgramme: EDITORS,
    updateVolunteerProgramme: [EDITOR, COORDINATOR, ADMIN],
    deleteVolunteerProgramme: EDITORS,
    createVolunteer: COORDINATORS,
    updateVolunteer: COORDINATORS,
    deleteVolunteer: COORDINATORS,
    createVolunteerAssignment: COORDINATORS,
    updateVolunteerAssignment: COORDINATORS,
    deleteVolunteerAssignment: COORDINATORS,
    eraseVolunteer: COORDINATORS,
    restoreRevision: EDITORS,
    restoreFromTrash: EDITORS,
    purge: ADMINS,
  },
};
