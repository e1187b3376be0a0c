import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../app/logger';
import type { Services } from '../app/services';
import { systemActor } from '../common/principal';
import type { Currency } from '../common/money';
import type { PeriodPrecision } from '../common/period';
import type { ContentStatus } from '../common/status';
import { Nomination, NominationStatus } from '../modules/nomination';
import { Organization, type OrganizationKind } from '../modules/organization';
import type { MembershipRole, NetworkScope } from '../modules/partner-network';
import type { ProjectPartnerRole } from '../modules/project';
import type { VettingStatus } from '../modules/volunteer';
import { demoContent } from './demo-content';
import type {
  DemoContent,
  SeedIndicator,
  SeedNomination,
  SeedPractice,
  SeedProject,
} from './demo-content.types';
import { generateVolunteers } from './demo-volunteers';

const DEMO_VOLUNTEERS = 24;
const SEED = systemActor('demo-content');

type Ids = Map<string, string>;

function idOf(ids: Ids, key: string | undefined): string | null {
  if (!key) return null;
  const id = ids.get(key);
  if (!id) throw new Error(`Demo content refers to unknown key ${key}`);
  return id;
}

const indicators = (list: SeedIndicator[]) => list.map((i) => ({ ...i, targetGroup: i.targetGroup ?? null }));

function projectInput(p: SeedProject, orgs: Ids) {
  return {
    title: p.title,
    summary: p.summary,
    generalGoal: p.generalGoal,
    specificObjectives: p.specificObjectives,
    programmes: p.programmes,
    activities: p.activities,
    expectedResults: p.expectedResults,
    period: {
      from: p.startDate ?? null,
      to: p.endDate ?? null,
      precision: p.periodPrecision as PeriodPrecision,
    },
    budget: p.budget ? { amount: p.budget.amount, currency: p.budget.currency as Currency } : null,
    funderId: idOf(orgs, p.funderKey),
    fundingProgramme: p.fundingProgramme ?? null,
    referenceNumber: p.referenceNumber ?? null,
    leadOrganizationId: idOf(orgs, p.leadOrganizationKey),
    partners: p.partners.map((x) => ({
      organizationId: idOf(orgs, x.organizationKey)!,
      role: x.role as ProjectPartnerRole,
    })),
    documents: p.documents,
    municipalityCodes: p.municipalityCodes,
    themes: p.themes,
    targetGroups: p.targetGroups,
    indicators: indicators(p.indicators),
    status: p.status as ContentStatus,
  };
}

function practiceInput(p: SeedPractice, orgs: Ids, projects: Ids) {
  return {
    title: p.title,
    summary: p.summary,
    background: p.background,
    practice: p.practice,
    results: p.results,
    period: {
      from: p.periodFrom ?? null,
      to: p.periodTo ?? null,
      precision: p.periodPrecision as PeriodPrecision,
    },
    organizationId: idOf(orgs, p.organizationKey),
    innovator: p.innovator,
    contact: p.contact ?? null,
    municipalityCodes: p.municipalityCodes,
    themes: p.themes,
    targetGroups: p.targetGroups,
    serviceTypes: p.serviceTypes,
    indicators: indicators(p.indicators),
    projectIds: p.relatedProjectKeys.map((key) => idOf(projects, key)!),
    adoptions: p.adoptions,
    status: p.status as ContentStatus,
    publishedAt: p.publishedAt ? new Date(p.publishedAt) : null,
  };
}

async function insertNominations(manager: EntityManager, practiceId: string, nominations: SeedNomination[]) {
  if (nominations.length === 0) return;
  await manager.insert(
    Nomination,
    nominations.map((n) => {
      const createdAt = new Date(n.createdAt);
      const decided = n.status !== 'PENDING';
      return {
        practiceId,
        nominatorName: n.name,
        nominatorEmail: n.email,
        nominatorOrganization: n.organization ?? null,
        reason: n.reason,
        status: n.status as NominationStatus,
        createdAt,
        decidedAt: decided ? new Date(createdAt.getTime() + 2 * 86_400_000) : null,
      };
    }),
  );
}

/**
 * Creates `content` through the services, in `m`'s transaction, as an editor would (revisions,
 * the search index); `volunteers` generated people on its volunteer programmes. Tests load their
 * own fixtures with it too. Returns the id of every organization, project, practice and network by key.
 */
export async function loadContent(
  services: Services,
  m: EntityManager,
  content: DemoContent,
  volunteers = 0,
): Promise<Ids> {
  for (const t of content.themes) await services.themes.create({ label: t.label, slug: t.slug }, SEED, m);
  for (const t of content.targetGroups)
    await services.targetGroups.create({ label: t.label, slug: t.slug }, SEED, m);

  const orgs: Ids = new Map();
  for (const o of content.organizations) {
    const input = { ...o, kind: o.kind as OrganizationKind, municipalityCode: o.municipalityCode ?? null };
    orgs.set(o.key, (await services.organizations.create(input, SEED, m)).id);
  }
  const projects: Ids = new Map();
  for (const p of content.projects)
    projects.set(p.key, (await services.projects.create(projectInput(p, orgs), SEED, m)).id);
  const keys: Ids = new Map([...orgs, ...projects]);
  for (const p of content.practices) {
    const practice = await services.practices.create(practiceInput(p, orgs, projects), SEED, m);
    await insertNominations(m, practice.id, p.nominations);
    keys.set(p.key, practice.id);
  }
  for (const n of content.networks) {
    const memberships = n.memberships.map((x) => ({
      organizationId: idOf(orgs, x.organizationKey)!,
      role: x.role as MembershipRole,
      joinedOn: x.joinedOn,
      leftOn: x.leftOn ?? null,
    }));
    const input = {
      ...n,
      scope: n.scope as NetworkScope,
      coordinatorId: idOf(orgs, n.coordinatorKey),
      memberships,
    };
    keys.set(n.key, (await services.networks.create(input, SEED, m)).id);
  }
  const programmes: Ids = new Map();
  for (const p of content.volunteerProgrammes) {
    const input = {
      ...p,
      organizationId: idOf(orgs, p.organizationKey),
      projectId: idOf(projects, p.projectKey),
      status: p.status as ContentStatus,
    };
    programmes.set(p.key, (await services.volunteerProgrammes.create(input, SEED, m)).id);
  }
  for (const v of generateVolunteers(volunteers, [...programmes.keys()])) {
    const { assignments, ...person } = v;
    const volunteer = await services.volunteers.create(
      {
        ...person,
        vettingStatus: v.vettingStatus as VettingStatus,
        consentGivenAt: v.consentGivenAt ? new Date(v.consentGivenAt) : null,
      },
      SEED,
      m,
    );
    for (const a of assignments) {
      await services.volunteerAssignments.create(
        {
          volunteerId: volunteer.id,
          programmeId: idOf(programmes, a.programmeKey)!,
          role: a.role,
          startsOn: a.from,
          endsOn: a.to ?? null,
          hoursLogged: a.hoursLogged,
        },
        SEED,
        m,
      );
    }
  }
  return keys;
}

/**
 * Loads the five seed pages (and generated volunteers) into an empty database, all in one
 * transaction. A database that has ever held an organization is left alone.
 */
export async function loadDemoContent(services: Services, ds: DataSource, logger: Logger): Promise<boolean> {
  const existing = await ds.getRepository(Organization).count({ withDeleted: true });
  if (existing > 0) return false;
  await ds.transaction((manager) => loadContent(services, manager, demoContent, DEMO_VOLUNTEERS));
  logger.info(
    {
      practices: demoContent.practices.length,
      projects: demoContent.projects.length,
      volunteers: DEMO_VOLUNTEERS,
    },
    'demo content loaded',
  );
  return true;
}
