import { ContentStatus } from '../common/status';
import { systemActor, UserRole } from '../common/principal';
import { hasVisibilityRule, hasWorkflow } from '../common/visibility';
import { OrganizationKind } from '../modules/organization';
import { MembershipRole, NetworkScope } from '../modules/partner-network';
import { ProjectPartnerRole } from '../modules/project';
import type { EntityMetadata } from 'typeorm';
import type { TestServer } from './harness';

const SEED = systemActor('test');
export const { PUBLISHED } = ContentStatus;
const UNPUBLISHED = Object.values(ContentStatus).filter((status) => status !== PUBLISHED);
export const DELETED = 'DELETED';
export const VISIBLE = 'VISIBLE';

export interface Seeded {
  type: string;
  state: string;
  slug?: string;
}

/**
 * The relation-visibility test's data (app/relation-visibility.spec.ts): published records that
 * point, through every relation, at a visible record and at one in each hidden state.
 */
export class HiddenContent {
  readonly seeded = new Map<string, Seeded>();
  /** Deletions of the published records meant for the trash, run after the coverage walk. */
  readonly trash: (() => Promise<unknown>)[] = [];

  constructor(private readonly server: TestServer) {}

  stateOf(record: Record<string, unknown>): string {
    return this.seeded.get(String(record.id))?.state ?? VISIBLE;
  }

  isHidden(record: Record<string, unknown>): boolean {
    return this.stateOf(record) !== VISIBLE;
  }

  contentMeta(type: string): EntityMetadata | undefined {
    return this.server.obmen.database.dataSource.entityMetadatas.find(
      (m) => m.name === type && hasVisibilityRule(m),
    );
  }

  /** The states a record of `type` can be hidden in. */
  hiddenStates(type: string): string[] {
    const meta = this.contentMeta(type);
    if (!meta) return [];
    return [
      ...(hasWorkflow(meta.target as Function) ? UNPUBLISHED : []),
      ...(meta.deleteDateColumn ? [DELETED] : []),
    ];
  }

  keep<R extends { id: string; slug?: string }>(type: string, state: string, record: R): R {
    this.seeded.set(record.id, { type, state, slug: record.slug });
    return record;
  }

  /**
   * A record in every state a reader may not see: each unpublished status, and published but
   * in the trash (deleted after the coverage check, see beforeAll).
   */
  async hiddenRecords<R extends { id: string; slug?: string }>(
    type: string,
    create: (status: ContentStatus) => Promise<R>,
    remove: (id: string) => Promise<unknown>,
  ): Promise<R[]> {
    const records: R[] = [];
    for (const status of UNPUBLISHED.filter((s) => this.hiddenStates(type).includes(s)))
      records.push(this.keep(type, status, await create(status)));
    const doomed = this.keep(type, DELETED, await create(PUBLISHED));
    this.trash.push(() => remove(doomed.id));
    return [...records, doomed];
  }

  /** Published records pointing, through every relation, at a visible record and at hidden ones. */
  async seed(): Promise<void> {
    const s = this.server.obmen.services;
    const org = (name: string) =>
      s.organizations.create({ name: { bg: name }, kind: OrganizationKind.NGO }, SEED);
    const member = this.keep('Organization', VISIBLE, await org('Видима организация'));
    const [gone] = await this.hiddenRecords(
      'Organization',
      () => org('Изтрита организация'),
      (id) => s.organizations.delete(id, null, SEED),
    );
    const theme = this.keep('Theme', VISIBLE, await s.themes.create({ label: { bg: 'Видима тема' } }, SEED));
    const [goneTheme] = await this.hiddenRecords(
      'Theme',
      () => s.themes.create({ label: { bg: 'Изтрита тема' } }, SEED),
      (id) => s.themes.delete(id, null, SEED),
    );
    const group = this.keep(
      'TargetGroup',
      VISIBLE,
      await s.targetGroups.create({ label: { bg: 'Видима група' } }, SEED),
    );
    const [goneGroup] = await this.hiddenRecords(
      'TargetGroup',
      () => s.targetGroups.create({ label: { bg: 'Изтрита група' } }, SEED),
      (id) => s.targetGroups.delete(id, null, SEED),
    );
    const service = this.keep(
      'ServiceType',
      VISIBLE,
      await s.serviceTypes.create({ label: { bg: 'Видим вид услуга' } }, SEED),
    );
    const [goneService] = await this.hiddenRecords(
      'ServiceType',
      () => s.serviceTypes.create({ label: { bg: 'Изтрит вид услуга' } }, SEED),
      (id) => s.serviceTypes.delete(id, null, SEED),
    );
    const tagged = {
      themes: [theme.slug, goneTheme.slug],
      targetGroups: [group.slug, goneGroup.slug],
      serviceTypes: [service.slug, goneService.slug],
      municipalityCodes: ['SOF46'],
      indicators: [group, goneGroup].map((g) => ({
        label: { bg: 'Обслужени' },
        value: '1',
        unit: { bg: 'души' },
        targetGroup: g.slug,
      })),
    };

    const project = (title: string, status: ContentStatus, orgs: { lead: string; funder: string }) =>
      s.projects.create(
        {
          title: { bg: title },
          status,
          leadOrganizationId: orgs.lead,
          funderId: orgs.funder,
          partners: [gone.id, member.id].map((id) => ({
            organizationId: id,
            role: ProjectPartnerRole.PARTNER,
          })),
          documents: [{ title: { bg: 'Отчет' }, url: 'https://example.org/report.pdf' }],
          ...tagged,
        },
        SEED,
      );
    const hiddenProjects = await this.hiddenRecords(
      'Project',
      (status) => project(`Скрит проект ${status}`, status, { lead: member.id, funder: member.id }),
      (id) => s.projects.delete(id, null, SEED),
    );
    const linking = this.keep(
      'Project',
      VISIBLE,
      await project('Проект', PUBLISHED, { lead: gone.id, funder: gone.id }),
    );
    this.keep(
      'Project',
      VISIBLE,
      await project('Друг проект', PUBLISHED, { lead: member.id, funder: member.id }),
    );

    const practice = (title: string, status: ContentStatus, organizationId: string, projectIds: string[]) =>
      s.practices.create(
        {
          title: { bg: title },
          status,
          organizationId,
          projectIds,
          adoptions: [{ municipalityCode: 'PDV26', year: 2020 }],
          ...tagged,
        },
        SEED,
      );
    this.keep(
      'Practice',
      VISIBLE,
      await practice('Практика', PUBLISHED, gone.id, [linking.id, ...hiddenProjects.map((p) => p.id)]),
    );
    this.keep('Practice', VISIBLE, await practice('Друга практика', PUBLISHED, member.id, [linking.id]));
    await this.hiddenRecords(
      'Practice',
      (status) => practice(`Скрита практика ${status}`, status, member.id, [linking.id]),
      (id) => s.practices.delete(id, null, SEED),
    );

    const network = (name: string, coordinatorId: string) =>
      s.networks.create(
        {
          name: { bg: name },
          scope: NetworkScope.REGIONAL,
          coordinatorId,
          memberships: [gone.id, member.id].map((id) => ({
            organizationId: id,
            role: MembershipRole.MEMBER,
            joinedOn: '2020-01-01',
          })),
        },
        SEED,
      );
    this.keep('PartnerNetwork', VISIBLE, await network('Мрежа', gone.id));
    this.keep('PartnerNetwork', VISIBLE, await network('Друга мрежа', member.id));
    await this.hiddenRecords(
      'PartnerNetwork',
      () => network('Изтрита мрежа', member.id),
      (id) => s.networks.delete(id, null, SEED),
    );

    const programme = (name: string, status: ContentStatus, organizationId: string, projectId: string) =>
      s.volunteerProgrammes.create({ name: { bg: name }, status, organizationId, projectId }, SEED);
    const programmes = [
      this.keep('VolunteerProgramme', VISIBLE, await programme('Програма', PUBLISHED, member.id, linking.id)),
    ];
    for (const hidden of hiddenProjects)
      programmes.push(
        this.keep('VolunteerProgramme', VISIBLE, await programme('Програма', PUBLISHED, gone.id, hidden.id)),
      );
    programmes.push(
      ...(await this.hiddenRecords(
        'VolunteerProgramme',
        (status) => programme(`Скрита програма ${status}`, status, member.id, linking.id),
        (id) => s.volunteerProgrammes.delete(id, null, SEED),
      )),
    );
    // The coordinator reads the coverage run, and `me` leads to the programmes they coordinate.
    const coordinator = await this.server.as(UserRole.COORDINATOR);
    const { me } = await coordinator.ok('{ me { id version } }');
    await this.server.ok('mutation ($input: UpdateUserInput!) { updateUser(input: $input) { id } }', {
      input: { id: me.id, version: me.version, programmeIds: programmes.map((p) => p.id) },
    });
  }
}
