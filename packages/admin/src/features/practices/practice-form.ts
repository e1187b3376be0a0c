import type {
  ContentStatus,
  CreatePracticeInput,
  LocalizedTextInput,
  PeriodPrecision,
  PracticeEditFragment,
  UpdatePracticeInput,
} from '../../gql/graphql';

/** The practice's texts, each in Bulgarian (required when any is given) and English. */
export const TEXT_FIELDS = ['title', 'summary', 'background', 'practice', 'results'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const PERIOD_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const satisfies readonly PeriodPrecision[];

export interface BilingualText {
  bg: string;
  en: string;
}

/** The form's values mirror the input's shape, so server field paths ("title.bg") fit as they are. */
export interface PracticeFormValues extends Record<TextField, BilingualText> {
  status: ContentStatus;
  municipalityCodes: string[];
  themes: string[];
  period: { from: string | null; to: string | null; precision: PeriodPrecision };
}

export function emptyPracticeForm(): PracticeFormValues {
  const text = (): BilingualText => ({ bg: '', en: '' });
  return {
    title: text(),
    summary: text(),
    background: text(),
    practice: text(),
    results: text(),
    status: 'DRAFT',
    municipalityCodes: [],
    themes: [],
    period: { from: null, to: null, precision: 'DAY' },
  };
}

/**
 * Form values from the practice read in Bulgarian and in English. English the server filled
 * in from Bulgarian (`localization.fallbackFields`) is no translation: the field starts empty.
 */
export function practiceFormValues(
  bg: PracticeEditFragment,
  en: PracticeEditFragment | null | undefined,
): PracticeFormValues {
  const english = (field: TextField): string => {
    if (!en || en.localization.requested !== 'EN' || en.localization.fallbackFields.includes(field))
      return '';
    return en[field] ?? '';
  };
  const values = emptyPracticeForm();
  for (const field of TEXT_FIELDS) values[field] = { bg: bg[field] ?? '', en: english(field) };
  return {
    ...values,
    status: bg.status,
    municipalityCodes: bg.municipalities.map((m) => m.code),
    themes: bg.themes.map((t) => t.slug),
    period: {
      from: bg.period?.from ?? null,
      to: bg.period?.to ?? null,
      precision: bg.period?.precision ?? 'DAY',
    },
  };
}

/** A text for the API: trimmed; nothing in either language clears an optional text (null). */
export function localizedInput(text: BilingualText): LocalizedTextInput | null {
  const bg = text.bg.trim();
  const en = text.en.trim();
  if (!bg && !en) return null;
  return { bg, en: en || null };
}

function commonInput(values: PracticeFormValues) {
  const hasPeriod = Boolean(values.period.from || values.period.to);
  return {
    title: localizedInput(values.title) ?? { bg: '', en: null },
    summary: localizedInput(values.summary),
    background: localizedInput(values.background),
    practice: localizedInput(values.practice),
    results: localizedInput(values.results),
    status: values.status,
    municipalityCodes: [...values.municipalityCodes],
    themes: [...values.themes],
    period: hasPeriod
      ? { from: values.period.from || null, to: values.period.to || null, precision: values.period.precision }
      : null,
  };
}

export function createPracticeInput(values: PracticeFormValues): CreatePracticeInput {
  return commonInput(values);
}

/** Updates name the version they were read at: a stale one is refused with CONFLICT. */
export function updatePracticeInput(
  values: PracticeFormValues,
  id: string,
  version: number,
): UpdatePracticeInput {
  return { ...commonInput(values), id, version };
}

export type PracticeFormProblem = 'titleRequired' | 'bgRequired' | 'periodOrder';

/** Checks the browser can make before the server does; values are message keys. */
export function validatePracticeForm(values: PracticeFormValues): Record<string, PracticeFormProblem> {
  const problems: Record<string, PracticeFormProblem> = {};
  if (!values.title.bg.trim()) problems['title.bg'] = 'titleRequired';
  for (const field of TEXT_FIELDS) {
    if (field !== 'title' && values[field].en.trim() && !values[field].bg.trim()) {
      problems[`${field}.bg`] = 'bgRequired';
    }
  }
  const { from, to } = values.period;
  if (from && to && to < from) problems['period.to'] = 'periodOrder';
  return problems;
}

const FORM_PATHS = new Set<string>([
  ...TEXT_FIELDS.flatMap((f) => [`${f}.bg`, `${f}.en`]),
  'status',
  'municipalityCodes',
  'themes',
  'period.from',
  'period.to',
  'period.precision',
]);

/**
 * Where a server field error shows in the form: "title.bg" as it is, "title" on its Bulgarian
 * field, "municipalityCodes.3" on the list, "period" on its start; null when the form has no
 * such field (it is then reported in a notification).
 */
export function practiceFormPath(serverPath: string): string | null {
  if (FORM_PATHS.has(serverPath)) return serverPath;
  if ((TEXT_FIELDS as readonly string[]).includes(serverPath)) return `${serverPath}.bg`;
  if (serverPath === 'period') return 'period.from';
  const list = /^(municipalityCodes|themes)\.\d+$/.exec(serverPath);
  return list ? list[1] : null;
}
