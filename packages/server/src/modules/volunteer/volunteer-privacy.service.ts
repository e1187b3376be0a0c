import { type DataSource, In } from 'typeorm';
import { notFound } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { inTransaction } from '../../common/transaction';
import { AuditEntry, type AuditService } from '../audit';
import type { Actor } from '../../common/principal';
import { Revision, type RevisionService, toJson } from '../revision';
import { RevisionAction } from '../../common/revision-action';
import { Volunteer, VolunteerAssignment, VolunteerProgramme, VettingStatus } from './volunteer.entity';
import { assertVolunteerInScope } from './volunteer.scope';

export const ERASED_NAME = 'Изтрит доброволец';

/**
 * GDPR consent: after erasure only the day remains. Art. 7(1) asks the controller to be
 * able to show that the processing done before erasure was consented to; the day alone,
 * detached from the person, shows that and identifies no one.
 */
function consentDay(at: Date | null): Date | null {
  return at ? new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate())) : null;
}

/** What erasure leaves of a volunteer; the same values overwrite every stored revision. */
function erasedFields(volunteer: Volunteer) {
  return {
    name: ERASED_NAME,
    email: null,
    phone: null,
    municipalityCode: null,
    skills: [] as string[],
    availability: null,
    consentGivenAt: consentDay(volunteer.consentGivenAt),
    // The vetting result is about the person; "not started" is the neutral value.
    vettingStatus: VettingStatus.NOT_STARTED,
  };
}

function isErased(volunteer: Volunteer): boolean {
  const erased = erasedFields(volunteer);
  return (
    volunteer.name === erased.name &&
    !volunteer.email &&
    !volunteer.phone &&
    !volunteer.municipalityCode &&
    volunteer.skills.length === 0 &&
    !volunteer.availability &&
    volunteer.consentGivenAt?.getTime() === erased.consentGivenAt?.getTime() &&
    volunteer.vettingStatus === erased.vettingStatus
  );
}

/** The data-subject rights of volunteers: access (export) and erasure. */
export class VolunteerPrivacyService {
  constructor(
    private readonly ds: DataSource,
    private readonly revisions: RevisionService,
    private readonly audit: AuditService,
  ) {}

  /** Everything stored about the person, trashed or not; the export itself is audited. */
  exportData(id: string, actor: Actor): Promise<Record<string, unknown>> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const volunteer = isUuid(id)
        ? await manager.findOne(Volunteer, { where: { id }, withDeleted: true })
        : null;
      if (!volunteer) throw notFound('Volunteer', id);
      await assertVolunteerInScope(manager, actor.principal, id);
      const assignments = await manager.find(VolunteerAssignment, {
        where: { volunteerId: id },
        withDeleted: true,
        order: { startsOn: 'ASC', id: 'ASC' },
      });
      const programmes = await manager.find(VolunteerProgramme, {
        where: { id: In([...new Set(assignments.map((a) => a.programmeId))]) },
        withDeleted: true,
      });
      const programmeName = new Map(programmes.map((p) => [p.id, p.name]));
      const subjects = [id, ...assignments.map((a) => a.id)];
      const history = await manager.find(Revision, {
        where: { entityType: 'Volunteer', entityId: id },
        order: { version: 'ASC' },
      });
      const audit = await manager.find(AuditEntry, {
        where: { entityId: In(subjects) },
        order: { at: 'ASC', id: 'ASC' },
      });
      await this.audit.log(manager, actor, {
        action: 'volunteer.export',
        entityType: 'Volunteer',
        entityId: id,
      });
      return toJson({
        exportedAt: new Date(),
        profile: {
          id: volunteer.id,
          name: volunteer.name,
          municipalityCode: volunteer.municipalityCode,
          skills: volunteer.skills,
          availability: volunteer.availability,
          createdAt: volunteer.createdAt,
          updatedAt: volunteer.updatedAt,
          deletedAt: volunteer.deletedAt,
        },
        contact: { email: volunteer.email, phone: volunteer.phone },
        consent: { givenAt: volunteer.consentGivenAt },
        vetting: { status: volunteer.vettingStatus },
        assignments: assignments.map((a) => ({
          id: a.id,
          programme: { id: a.programmeId, name: programmeName.get(a.programmeId) ?? null },
          role: a.role,
          startsOn: a.startsOn,
          endsOn: a.endsOn,
          hoursLogged: a.hoursLogged,
          createdAt: a.createdAt,
          deletedAt: a.deletedAt,
        })),
        revisions: history.map((r) => ({
          version: r.version,
          action: r.action,
          at: r.createdAt,
          changedFields: r.changedFields,
          snapshot: r.snapshot,
        })),
        auditEntries: audit.map((e) => ({
          at: e.at,
          action: e.action,
          actorKind: e.actorKind,
          entityType: e.entityType,
          entityId: e.entityId,
          details: e.details,
        })),
      });
    });
  }

  /**
   * Anonymises a volunteer, in the trash or not, and every stored revision of them. The
   * record and its assignments stay, so programme totals (volunteers, hours) do not change.
   * Erasing an erased volunteer changes nothing and writes nothing.
   */
  erase(id: string, actor: Actor): Promise<Volunteer> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const volunteer = isUuid(id)
        ? await manager.findOne(Volunteer, {
            where: { id },
            withDeleted: true,
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!volunteer) throw notFound('Volunteer', id);
      await assertVolunteerInScope(manager, actor.principal, id);
      if (isErased(volunteer)) return volunteer;
      const fields = erasedFields(volunteer);
      Object.assign(volunteer, fields);
      const saved = await manager.save(volunteer);
      await this.revisions.record(
        manager,
        actor,
        {
          entityType: 'Volunteer',
          entityId: id,
          version: saved.version,
          action: RevisionAction.UPDATE,
          snapshot: toJson(fields),
        },
        { auditAction: 'volunteer.erase' },
      );
      await this.revisions.scrub(manager, 'Volunteer', id, toJson(fields));
      return saved;
    });
  }
}
