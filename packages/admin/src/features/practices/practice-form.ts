import type {
  AdoptionInput,
  ContentStatus,
  CreatePracticeInput,
  PeriodPrecision,
  PracticeEditFragment,
  UpdatePracticeInput,
} from '../../gql/graphql';
import {
  type BilingualText,
  checkTexts,
  emptyText,
  englishOnly,
  optionalTextInput,
  requiredTextInput,
  translatedField,
  translatedText,
} from '../../shared/components/bilingual-text';
import {
  CONTACT_FIELDS,
  type ContactProblem,
  contactInput,
  type ContactValues,
  contactValues,
  validateContact,
} from '../../shared/components/contact-input';
import {
  type IndicatorItem,
  indicatorFormPath,
  indicatorInputs,
  indicatorItems,
  type IndicatorProblem,
  validateIndicators,
} from '../../shared/components/indicator-input';
import { listItemFormPath } from '../../shared/components/list-form-path';
import { newItemKey } from '../../shared/components/list-item-key';

export type { BilingualText } from '../../shared/components/bilingual-text';

/** The practice's texts, each in Bulgarian (required when any is given) and English. */
export const TEXT_FIELDS = ['title', 'summary', 'background', 'practice', 'results'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export const PERIOD_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const satisfies readonly PeriodPrecision[];

/** The years the server accepts for an adoption. */
export const ADOPTION_YEARS = { min: 1990, max: 2100 } as const;

/** Where the practice was replicated, and when. */
export interface AdoptionItem {
  key: string;
  municipalityCode: string | null;
  /** As the number field gives it: a number, or '' when empty. */
  year: number | string;
  note: BilingualText;
}

/** The form's values mirror the input's shape, so server field paths ("title.bg") fit as they are. */
export interface PracticeFormValues extends Record<TextField, BilingualText> {
  status: ContentStatus;
  organizationId: string | null;
  innovator: string;
  contact: ContactValues;
  municipalityCodes: string[];
  themes: string[];
  targetGroups: string[];
  serviceTypes: string[];
  period: { from: string | null; to: string | null; precision: PeriodPrecision };
  indicators: IndicatorItem[];
  adoptions: AdoptionItem[];
  /** When the server's scheduler will publish it (an ISO instant); null for no schedule. */
  publishAt: string | null;
}

export const newAdoptionItem = (): AdoptionItem => ({
  key: newItemKey(),
  municipalityCode: null,
  year: '',
  note: emptyText(),
});

export function emptyPracticeForm(): PracticeFormValues {
  return {
    title: emptyText(),
    summary: emptyText(),
    background: emptyText(),
    practice: emptyText(),
    results: emptyText(),
    status: 'DRAFT',
    organizationId: null,
    innovator: '',
    contact: contactValues(),
    municipalityCodes: [],
    themes: [],
    targetGroups: [],
    serviceTypes: [],
    period: { from: null, to: null, precision: 'DAY' },
    indicators: [],
    adoptions: [],
    publishAt: null,
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
  const english = en?.localization.requested === 'EN' ? en : null;
  const values = emptyPracticeForm();
  for (const field of TEXT_FIELDS) values[field] = { bg: bg[field] ?? '', en: translatedField(en, field) };
  return {
    ...values,
    status: bg.status,
    organizationId: bg.organization?.id ?? null,
    innovator: bg.innovator ?? '',
    contact: contactValues(bg.contact),
    municipalityCodes: bg.municipalities.map((m) => m.code),
    themes: bg.themes.map((t) => t.slug),
    targetGroups: bg.targetGroups.map((t) => t.slug),
    serviceTypes: bg.serviceTypes.map((t) => t.slug),
    period: {
      from: bg.period?.from ?? null,
      to: bg.period?.to ?? null,
      precision: bg.period?.precision ?? 'DAY',
    },
    indicators: indicatorItems(bg.indicators, english?.indicators),
    adoptions: bg.adoptions.map((adoption, i) => ({
      key: newItemKey(),
      municipalityCode: adoption.municipality.code,
      year: adoption.year,
      note: {
        bg: adoption.note ?? '',
        en: translatedText(adoption.note, english?.adoptions[i]?.note),
      },
    })),
    publishAt: bg.publishAt ?? null,
  };
}

function adoptionInput(adoption: AdoptionItem): AdoptionInput {
  return {
    municipalityCode: adoption.municipalityCode ?? '',
    year: Number(adoption.year),
    note: optionalTextInput(adoption.note),
  };
}

function commonInput(values: PracticeFormValues) {
  const hasPeriod = Boolean(values.period.from || values.period.to);
  return {
    title: requiredTextInput(values.title),
    summary: optionalTextInput(values.summary),
    background: optionalTextInput(values.background),
    practice: optionalTextInput(values.practice),
    results: optionalTextInput(values.results),
    status: values.status,
    organizationId: values.organizationId,
    innovator: values.innovator.trim() || null,
    contact: contactInput(values.contact),
    municipalityCodes: [...values.municipalityCodes],
    themes: [...values.themes],
    targetGroups: [...values.targetGroups],
    serviceTypes: [...values.serviceTypes],
    period: hasPeriod
      ? { from: values.period.from || null, to: values.period.to || null, precision: values.period.precision }
      : null,
    indicators: indicatorInputs(values.indicators),
    adoptions: values.adoptions.map(adoptionInput),
    // Publishing by hand ends a schedule; the server refuses both at once.
    publishAt: values.status === 'PUBLISHED' ? null : values.publishAt,
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

/** Message keys of the problems the browser finds before the server does. */
export type PracticeFormProblem =
  | 'practices.form.titleRequired'
  | 'practices.form.bgRequired'
  | 'practices.form.periodOrder'
  | 'adoptions.problems.municipalityRequired'
  | 'adoptions.problems.yearInvalid'
  | 'adoptions.problems.twice'
  | ContactProblem
  | IndicatorProblem;

function validateAdoptions(adoptions: readonly AdoptionItem[]): Record<string, PracticeFormProblem> {
  const problems: Record<string, PracticeFormProblem> = {};
  const seen = new Set<string>();
  adoptions.forEach((adoption, i) => {
    const year = Number(adoption.year);
    if (!adoption.municipalityCode)
      problems[`adoptions.${i}.municipalityCode`] = 'adoptions.problems.municipalityRequired';
    if (
      adoption.year === '' ||
      !Number.isInteger(year) ||
      year < ADOPTION_YEARS.min ||
      year > ADOPTION_YEARS.max
    )
      problems[`adoptions.${i}.year`] = 'adoptions.problems.yearInvalid';
    else if (adoption.municipalityCode) {
      const key = `${adoption.municipalityCode}/${year}`;
      if (seen.has(key)) problems[`adoptions.${i}.municipalityCode`] = 'adoptions.problems.twice';
      seen.add(key);
    }
    if (englishOnly(adoption.note)) problems[`adoptions.${i}.note.bg`] = 'practices.form.bgRequired';
  });
  return problems;
}

/** Checks the browser can make before the server does: form path → message key. */
export function validatePracticeForm(values: PracticeFormValues): Record<string, PracticeFormProblem> {
  const problems: Record<string, PracticeFormProblem> = checkTexts(values, TEXT_FIELDS, {
    required: 'practices.form.titleRequired',
    bgRequired: 'practices.form.bgRequired',
  });
  const { from, to } = values.period;
  if (from && to && to < from) problems['period.to'] = 'practices.form.periodOrder';
  return {
    ...problems,
    ...validateContact(values.contact),
    ...validateIndicators(values.indicators),
    ...validateAdoptions(values.adoptions),
  };
}

const FORM_PATHS = new Set<string>([
  ...TEXT_FIELDS.flatMap((f) => [`${f}.bg`, `${f}.en`]),
  'status',
  'organizationId',
  'innovator',
  'contact',
  ...CONTACT_FIELDS.map((f) => `contact.${f}`),
  'municipalityCodes',
  'themes',
  'targetGroups',
  'serviceTypes',
  'period.from',
  'period.to',
  'period.precision',
  'publishAt',
]);

const ADOPTION_FIELDS = { first: 'municipalityCode', texts: ['note'], values: ['municipalityCode', 'year'] };

/**
 * Where a server field error shows in the form: "title.bg" as it is, "title" on its Bulgarian
 * field, "municipalityCodes.3" on the list, "period" on its start, "indicators.2.value" and
 * "adoptions.0.year" on their item's field; null when the form has no such field (it is then
 * reported in a notification).
 */
export function practiceFormPath(serverPath: string): string | null {
  if (FORM_PATHS.has(serverPath)) return serverPath;
  if ((TEXT_FIELDS as readonly string[]).includes(serverPath)) return `${serverPath}.bg`;
  if (serverPath === 'period') return 'period.from';
  const list = /^(municipalityCodes|themes|targetGroups|serviceTypes)\.\d+$/.exec(serverPath);
  if (list) return list[1];
  return indicatorFormPath(serverPath) ?? listItemFormPath(serverPath, 'adoptions', ADOPTION_FIELDS);
}
