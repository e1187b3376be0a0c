import { at, bilingual, type ExportColumn, names, value } from './export-column';

/*
 * Columns of the staff lists: nominations (moderators), volunteers (coordinators) and the audit
 * log (admins). Who may export them is who may run the list; personal data stays as the API
 * serves it to that reader.
 */

export const nominationColumns: ExportColumn[] = [
  value('id'),
  value('status'),
  value('practice_id', 'practice.id'),
  ...bilingual('practice', 'practice.title'),
  value('nominator_name', 'nominatorName'),
  value('nominator_organization', 'nominatorOrganization'),
  value('nominator_email', 'nominatorEmail'),
  value('reason'),
  value('duplicate'),
  value('moderation_note', 'moderationNote'),
  at('created_at', 'createdAt'),
  at('decided_at', 'decidedAt'),
];

export const volunteerColumns: ExportColumn[] = [
  value('id'),
  value('name'),
  value('vetting_status', 'vettingStatus'),
  value('municipality_bg', 'municipality.nameBg'),
  value('municipality_en', 'municipality.nameEn'),
  value('email', 'contact.email'),
  value('phone', 'contact.phone'),
  names('skills', 'skills'),
  value('availability'),
  names('programmes_bg', 'assignments.programme.name'),
  at('consent_given_at', 'consentGivenAt'),
  at('updated_at', 'updatedAt'),
];

export const auditColumns: ExportColumn[] = [
  value('id'),
  at('at'),
  value('action'),
  value('entity_type', 'entityType'),
  value('entity_id', 'entityId'),
  value('actor_kind', 'actorKind'),
  value('actor_id', 'actorId'),
  value('actor_name', 'actor.name'),
  value('request_id', 'requestId'),
];
