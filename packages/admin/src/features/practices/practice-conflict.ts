import type { ContentStatus } from '../../gql/graphql';
import { textFromInput } from '../../shared/components/bilingual-text';
import { contactValuesFromInput } from '../../shared/components/contact-input';
import { indicatorItemsFromInput } from '../../shared/components/indicator-input';
import { newItemKey } from '../../shared/components/list-item-key';
import { type AdoptionItem, PERIOD_PRECISIONS, type PracticeFormValues, TEXT_FIELDS } from './practice-form';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

function adoptions(value: unknown): AdoptionItem[] {
  return (Array.isArray(value) ? value : []).map((entry) => {
    const adoption = (entry ?? {}) as Record<string, unknown>;
    return {
      key: newItemKey(),
      municipalityCode: stringOrNull(adoption.municipalityCode),
      year: typeof adoption.year === 'number' ? adoption.year : '',
      note: textFromInput(adoption.note),
    };
  });
}

/**
 * Practice form values from an update input (the merged one after a conflict): the inverse of
 * `updatePracticeInput`. Fields the input lacks keep `base`'s.
 */
export function practiceValuesFromInput(
  input: Record<string, unknown>,
  base: PracticeFormValues,
): PracticeFormValues {
  const has = (field: string) => field in input && input[field] !== undefined;
  const values: PracticeFormValues = { ...base };
  for (const field of TEXT_FIELDS) if (has(field)) values[field] = textFromInput(input[field]);
  if (has('status') && typeof input.status === 'string') values.status = input.status as ContentStatus;
  if (has('organizationId')) values.organizationId = stringOrNull(input.organizationId);
  if (has('innovator')) values.innovator = stringOrNull(input.innovator) ?? '';
  if (has('contact')) values.contact = contactValuesFromInput(input.contact);
  if (has('municipalityCodes')) values.municipalityCodes = strings(input.municipalityCodes);
  if (has('themes')) values.themes = strings(input.themes);
  if (has('targetGroups')) values.targetGroups = strings(input.targetGroups);
  if (has('serviceTypes')) values.serviceTypes = strings(input.serviceTypes);
  if (has('period')) {
    const period = input.period as { from?: unknown; to?: unknown; precision?: unknown } | null;
    values.period = {
      from: stringOrNull(period?.from),
      to: stringOrNull(period?.to),
      precision: PERIOD_PRECISIONS.find((p) => p === period?.precision) ?? 'DAY',
    };
  }
  if (has('indicators')) values.indicators = indicatorItemsFromInput(input.indicators);
  if (has('adoptions')) values.adoptions = adoptions(input.adoptions);
  if (has('publishAt')) values.publishAt = stringOrNull(input.publishAt);
  return values;
}
