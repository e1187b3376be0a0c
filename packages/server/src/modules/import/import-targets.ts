import type { EntityManager } from 'typeorm';
import type { ServiceRegistry } from '../../common/context';
import type { Actor } from '../../common/principal';
import type { RecordEntity } from '../../common/base.entity';
import { ContentStatus } from '../../common/status';
import type { OrganizationDraft, PracticeDraft, ProjectDraft, RecordDraft } from './import.types';

/*
 * Per record type: the values an import writes (as the type's create/update input spells them,
 * JSON-able so they can be stored and compared), and the service that writes them. Places and
 * organizations are already resolved by the planner (`Resolved`).
 */

/** What the planner found for a draft's names: NSI codes and organization ids (null: to create). */
export interface Resolved {
  municipalityCodes: string[];
  /** Organization ids by role; `undefined` = the draft names none; a draft to create otherwise. */
  organizations: Partial<Record<OrganizationRole, string | OrganizationDraft>>;
}
export type OrganizationRole = 'organization' | 'leadOrganization' | 'funder';

export interface ImportTarget {
  recordType: 'Practice' | 'Project' | 'Organization';
  /** The values the source gives, with organization ids filled in. */
  values(
    draft: RecordDraft,
    resolved: Resolved,
    ids: Partial<Record<OrganizationRole, string>>,
  ): Record<string, unknown>;
  service(services: ServiceRegistry): {
    create(input: never, actor: Actor, within?: EntityManager): Promise<RecordEntity>;
    update(input: never, actor: Actor, within?: EntityManager): Promise<RecordEntity>;
    snapshot(manager: EntityManager, record: RecordEntity): Promise<Record<string, unknown>>;
  };
  /** Extra fields of a new record (its workflow status). */
  createOnly(publish: boolean): Record<string, unknown>;
  /** The stored values as the input wants them (dates as Date). */
  toInput(values: Record<string, unknown>): Record<string, unknown>;
}

const defined = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
const periodOf = (draft: PracticeDraft | ProjectDraft) =>
  draft.period
    ? { from: draft.period.from ?? null, to: draft.period.to ?? null, precision: draft.period.precision }
    : undefined;
const status = (publish: boolean) => ({ status: publish ? ContentStatus.PUBLISHED : ContentStatus.DRAFT });

const practiceTarget: ImportTarget = {
  recordType: 'Practice',
  values(draft, resolved, ids) {
    const d = draft as PracticeDraft;
    return defined({
      title: d.title,
      background: d.background ?? null,
      practice: d.practice ?? null,
      results: d.results ?? null,
      ...(d.summary && { summary: d.summary }),
      period: periodOf(d),
      municipalityCodes: resolved.municipalityCodes,
      organizationId: ids.organization ?? null,
      innovator: d.innovator ?? null,
      contact: d.contact ?? null,
      publishedAt: d.publishedAt,
    });
  },
  service: (s) => s.practices as never,
  createOnly: status,
  toInput: (values) => ({
    ...values,
    ...(typeof values.publishedAt === 'string' && { publishedAt: new Date(values.publishedAt) }),
  }),
};

const projectTarget: ImportTarget = {
  recordType: 'Project',
  values(draft, resolved, ids) {
    const d = draft as ProjectDraft;
    return defined({
      title: d.title,
      summary: d.summary ?? null,
      activities: d.activities?.map((name) => ({ name, description: null })),
      referenceNumber: d.referenceNumber ?? null,
      leadOrganizationId: ids.leadOrganization ?? null,
      funderId: ids.funder ?? null,
      fundingProgramme: d.fundingProgramme ?? null,
      period: periodOf(d),
      budget: d.budget ?? null,
      grant: d.grant ?? null,
      implementationStatus: d.implementationStatus ?? null,
      contractDate: d.contractDate ?? null,
      municipalityCodes: resolved.municipalityCodes,
    });
  },
  service: (s) => s.projects as never,
  createOnly: status,
  toInput: (values) => values,
};

const organizationTarget: ImportTarget = {
  recordType: 'Organization',
  values(draft, resolved) {
    const o = (draft as Extract<RecordDraft, { type: 'organization' }>).organization;
    return organizationValues(o, resolved.municipalityCodes[0]);
  },
  service: (s) => s.organizations as never,
  createOnly: () => ({}),
  toInput: (values) => values,
};

/** A new organization's input: named by a practice or project, or a spreadsheet row. */
export function organizationValues(o: OrganizationDraft, municipalityCode?: string): Record<string, unknown> {
  return defined({
    name: o.name,
    kind: o.kind ?? 'NGO',
    municipalityCode: o.municipalityCode ?? municipalityCode ?? null,
    description: o.description ?? null,
    contact: o.contact ?? null,
  });
}

export const TARGETS: Record<RecordDraft['type'], ImportTarget> = {
  practice: practiceTarget,
  project: projectTarget,
  organization: organizationTarget,
};

/** The organizations a draft names, by the role each plays. */
export function namedOrganizations(draft: RecordDraft): Partial<Record<OrganizationRole, OrganizationDraft>> {
  if (draft.type === 'practice') return draft.organization ? { organization: draft.organization } : {};
  if (draft.type === 'project') {
    return defined({ leadOrganization: draft.leadOrganization, funder: draft.funder }) as Partial<
      Record<OrganizationRole, OrganizationDraft>
    >;
  }
  return {};
}

/** A draft's title for the report. */
export function draftTitle(draft: RecordDraft): string {
  return draft.type === 'organization' ? draft.organization.name.bg : draft.title.bg;
}
