import type { ContentStatus } from '../../gql/graphql';
import {
  type BilingualText,
  PERIOD_PRECISIONS,
  type PracticeFormValues,
  TEXT_FIELDS,
} from '../practices/practice-form';

function text(value: unknown): BilingualText {
  const t = value as { bg?: unknown; en?: unknown } | null | undefined;
  return { bg: typeof t?.bg === 'string' ? t.bg : '', en: typeof t?.en === 'string' ? t.en : '' };
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

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
  for (const field of TEXT_FIELDS) if (has(field)) values[field] = text(input[field]);
  if (has('status') && typeof input.status === 'string') values.status = input.status as ContentStatus;
  if (has('municipalityCodes')) values.municipalityCodes = strings(input.municipalityCodes);
  if (has('themes')) values.themes = strings(input.themes);
  if (has('period')) {
    const period = input.period as { from?: unknown; to?: unknown; precision?: unknown } | null;
    values.period = {
      from: typeof period?.from === 'string' ? period.from : null,
      to: typeof period?.to === 'string' ? period.to : null,
      precision: PERIOD_PRECISIONS.find((p) => p === period?.precision) ?? 'DAY',
    };
  }
  return values;
}
