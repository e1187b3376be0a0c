import type { TFunction } from 'i18next';
import type { ContentStatus } from '../gql/graphql';

/** The records the admin names beside a status or in a sentence, by their GraphQL type name. */
export type RecordType =
  'Practice' | 'Project' | 'VolunteerProgramme' | 'Organization' | 'PartnerNetwork' | 'Volunteer';

/**
 * How a word agrees with what it speaks of. Bulgarian participles take the noun's gender
 * ("практиката е публикувана", "проектът е публикуван") or the plural when several kinds are
 * meant at once ("публикувани"). A message's plain key is worded for a feminine noun; its
 * `_masculine` and `_plural` variants (i18next context) for the others. English says the same
 * in every variant.
 */
export type Agreement = 'feminine' | 'masculine' | 'plural';

// The one place that knows each record's noun: практика, проект, програма, организация, мрежа, доброволец.
const GENDER: Record<RecordType, Exclude<Agreement, 'plural'>> = {
  Practice: 'feminine',
  Project: 'masculine',
  VolunteerProgramme: 'feminine',
  Organization: 'feminine',
  PartnerNetwork: 'feminine',
  Volunteer: 'masculine',
};

/** 'many' is a row or heading that stands for several kinds of record at once. */
export function agreement(type: RecordType | 'many'): Agreement {
  return type === 'many' ? 'plural' : GENDER[type];
}

/** The i18next context of a message that agrees with `type`: none for the plain (feminine) key. */
export function agreementContext(type: RecordType | 'many'): 'masculine' | 'plural' | undefined {
  const form = agreement(type);
  return form === 'feminine' ? undefined : form;
}

/** "Публикувана" for a practice, "Публикуван" for a project, "Публикувани" for several kinds. */
export function statusLabel(t: TFunction, status: ContentStatus, type: RecordType | 'many'): string {
  return t(`status.${status}`, { context: agreementContext(type) });
}

/** "Практиката е публикувана." / "Проектът е публикуван.": a status change announced. */
export function statusChangedMessage(
  t: TFunction,
  status: ContentStatus,
  type: RecordType,
  subject: string,
): string {
  return t(`statusChanged.${status}`, { context: agreementContext(type), subject });
}

/** The admin's sections (their paths and message prefixes) by the record each lists. */
export const SECTION_RECORD = {
  practices: 'Practice',
  projects: 'Project',
  programmes: 'VolunteerProgramme',
  organizations: 'Organization',
  networks: 'PartnerNetwork',
  volunteers: 'Volunteer',
} as const satisfies Record<string, RecordType>;

/** Whether a type name (e.g. a history's entity type) is a record with a noun of its own. */
export function isRecordType(name: string): name is RecordType {
  return Object.hasOwn(GENDER, name);
}
