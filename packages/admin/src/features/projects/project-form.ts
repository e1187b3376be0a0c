import type {
  ContentStatus,
  CreateProjectInput,
  Currency,
  ImplementationStatus,
  PeriodPrecision,
  ProjectEditFragment,
  ProjectPartnerRole,
  UpdateProjectInput,
} from '../../gql/graphql';
import {
  type BilingualText,
  optionalTextInput,
  requiredTextInput,
  textFromInput,
  translatedText,
} from '../../shared/components/bilingual-text';
import {
  type IndicatorItem,
  indicatorInputs,
  indicatorItems,
  indicatorItemsFromInput,
} from '../../shared/components/indicator-input';
import { newItemKey } from '../../shared/components/list-item-key';

/** The project's single texts, each in Bulgarian (required when any is given) and English. */
export const PROJECT_TEXT_FIELDS = ['title', 'summary', 'generalGoal', 'fundingProgramme'] as const;
export type ProjectTextField = (typeof PROJECT_TEXT_FIELDS)[number];

/** Ordered lists of texts, and of named items (name + description). */
export const TEXT_LIST_FIELDS = ['specificObjectives', 'expectedResults'] as const;
export type TextListField = (typeof TEXT_LIST_FIELDS)[number];
export const ITEM_LIST_FIELDS = ['programmes', 'activities'] as const;
export type ItemListField = (typeof ITEM_LIST_FIELDS)[number];

export const PERIOD_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const satisfies readonly PeriodPrecision[];
export const PARTNER_ROLES = [
  'PARTNER',
  'ASSOCIATE',
  'IMPLEMENTER',
  'TRAINER',
  'CO_FUNDER',
] as const satisfies readonly ProjectPartnerRole[];

/** How far a project's work is, in the order it goes. */
export const IMPLEMENTATION_STATUSES = [
  'CONTRACTED',
  'ONGOING',
  'COMPLETED',
  'TERMINATED',
] as const satisfies readonly ImplementationStatus[];

export type { BilingualText };

/** List items carry a `key` of their own, so moving an item keeps what is typed in it. */
export interface TextItem extends BilingualText {
  key: string;
}

export interface ProgrammeItem {
  key: string;
  name: BilingualText;
  description: BilingualText;
}

export interface PartnerItem {
  key: string;
  organizationId: string | null;
  role: ProjectPartnerRole;
}

/** A document about the project (a report, a contract): its title and where it is. */
export interface DocumentItem {
  key: string;
  title: BilingualText;
  url: string;
}

/** The form's values mirror the input's shape, so server paths ("programmes.1.name.bg") fit. */
export interface ProjectFormValues extends Record<ProjectTextField, BilingualText> {
  specificObjectives: TextItem[];
  expectedResults: TextItem[];
  programmes: ProgrammeItem[];
  activities: ProgrammeItem[];
  /** `amount`: a decimal string, '' for no budget, or the text typed when it is no amount. */
  budget: { amount: string; currency: Currency };
  /** The funder's part of the budget, as `budget`. */
  grant: { amount: string; currency: Currency };
  implementationStatus: ImplementationStatus | null;
  /** YYYY-MM-DD, or null. */
  contractDate: string | null;
  referenceNumber: string;
  funderId: string | null;
  leadOrganizationId: string | null;
  partners: PartnerItem[];
  municipalityCodes: string[];
  themes: string[];
  targetGroups: string[];
  serviceTypes: string[];
  period: { from: string | null; to: string | null; precision: PeriodPrecision };
  status: ContentStatus;
  indicators: IndicatorItem[];
  documents: DocumentItem[];
  /** When the server's scheduler will publish it (an ISO instant); null for no schedule. */
  publishAt: string | null;
}

/** A key for a new list item, unique in this page. */
export const itemKey = newItemKey;

const text = (bg = '', en = ''): BilingualText => ({ bg, en });

export const newTextItem = (): TextItem => ({ key: itemKey(), ...text() });
export const newProgrammeItem = (): ProgrammeItem => ({ key: itemKey(), name: text(), description: text() });
export const newPartnerItem = (): PartnerItem => ({ key: itemKey(), organizationId: null, role: 'PARTNER' });
export const newDocumentItem = (): DocumentItem => ({ key: itemKey(), title: text(), url: '' });

export function emptyProjectForm(): ProjectFormValues {
  return {
    title: text(),
    summary: text(),
    generalGoal: text(),
    fundingProgramme: text(),
    specificObjectives: [],
    expectedResults: [],
    programmes: [],
    activities: [],
    budget: { amount: '', currency: 'BGN' },
    grant: { amount: '', currency: 'BGN' },
    implementationStatus: null,
    contractDate: null,
    referenceNumber: '',
    funderId: null,
    leadOrganizationId: null,
    partners: [],
    municipalityCodes: [],
    themes: [],
    targetGroups: [],
    serviceTypes: [],
    period: { from: null, to: null, precision: 'DAY' },
    status: 'DRAFT',
    indicators: [],
    documents: [],
    publishAt: null,
  };
}

/**
 * Form values from the project read in Bulgarian and in English. English the server filled in
 * from Bulgarian is no translation: the field starts empty. For single texts the server says so
 * (`localization.fallbackFields`); for list items and programmes, which it reports only as a
 * whole, an English item equal to its Bulgarian one is taken as filled in.
 */
export function projectFormValues(
  bg: ProjectEditFragment,
  en: ProjectEditFragment | null | undefined,
): ProjectFormValues {
  const english = en?.localization.requested === 'EN' ? en : null;
  const fallback = new Set(english?.localization.fallbackFields ?? []);
  const single = (field: ProjectTextField): BilingualText =>
    text(bg[field] ?? '', english && !fallback.has(field) ? (english[field] ?? '') : '');
  const translated = translatedText;
  const textList = (field: TextListField): TextItem[] =>
    bg[field].map((item, i) => ({
      key: itemKey(),
      bg: item,
      en: !english
        ? ''
        : fallback.has(field)
          ? translated(item, english[field][i])
          : (english[field][i] ?? ''),
    }));
  const itemList = (field: ItemListField): ProgrammeItem[] =>
    bg[field].map((item, i) => ({
      key: itemKey(),
      name: text(item.name, translated(item.name, english?.[field][i]?.name)),
      description: text(
        item.description ?? '',
        translated(item.description, english?.[field][i]?.description),
      ),
    }));
  return {
    title: single('title'),
    summary: single('summary'),
    generalGoal: single('generalGoal'),
    fundingProgramme: single('fundingProgramme'),
    specificObjectives: textList('specificObjectives'),
    expectedResults: textList('expectedResults'),
    programmes: itemList('programmes'),
    activities: itemList('activities'),
    budget: { amount: bg.budget?.amount ?? '', currency: bg.budget?.currency ?? 'BGN' },
    grant: { amount: bg.grant?.amount ?? '', currency: bg.grant?.currency ?? 'BGN' },
    implementationStatus: bg.implementationStatus ?? null,
    contractDate: bg.contractDate ?? null,
    referenceNumber: bg.referenceNumber ?? '',
    funderId: bg.funder?.id ?? null,
    leadOrganizationId: bg.leadOrganization?.id ?? null,
    // A partner whose organization went to the trash has nothing left to edit.
    partners: [...bg.partners]
      .sort((a, b) => a.position - b.position)
      .flatMap((p) =>
        p.organization ? [{ key: itemKey(), organizationId: p.organization.id, role: p.role }] : [],
      ),
    municipalityCodes: bg.municipalities.map((m) => m.code),
    themes: bg.themes.map((t) => t.slug),
    targetGroups: bg.targetGroups.map((t) => t.slug),
    serviceTypes: bg.serviceTypes.map((t) => t.slug),
    period: {
      from: bg.period?.from ?? null,
      to: bg.period?.to ?? null,
      precision: bg.period?.precision ?? 'DAY',
    },
    status: bg.status,
    indicators: indicatorItems(bg.indicators, english?.indicators),
    documents: bg.documents.map((doc, i) => ({
      key: itemKey(),
      title: text(doc.title, translated(doc.title, english?.documents[i]?.title)),
      url: doc.url,
    })),
    publishAt: bg.publishAt ?? null,
  };
}

/** The organizations a project names, by id, so pickers show them before any search. */
export function knownOrganizations(project: ProjectEditFragment): { id: string; name: string }[] {
  const orgs = [project.funder, project.leadOrganization, ...project.partners.map((p) => p.organization)];
  const byId = new Map<string, { id: string; name: string }>();
  for (const org of orgs) if (org) byId.set(org.id, { id: org.id, name: org.name });
  return [...byId.values()];
}

/** A required text of a list item: sent as typed, so the server can name the empty one. */
const itemText = requiredTextInput;

function commonInput(values: ProjectFormValues) {
  const hasPeriod = Boolean(values.period.from || values.period.to);
  const amount = values.budget.amount.trim();
  const grant = values.grant.amount.trim();
  return {
    title: requiredTextInput(values.title),
    summary: optionalTextInput(values.summary),
    generalGoal: optionalTextInput(values.generalGoal),
    fundingProgramme: optionalTextInput(values.fundingProgramme),
    specificObjectives: values.specificObjectives.map(itemText),
    expectedResults: values.expectedResults.map(itemText),
    programmes: values.programmes.map((p) => ({
      name: itemText(p.name),
      description: optionalTextInput(p.description),
    })),
    activities: values.activities.map((p) => ({
      name: itemText(p.name),
      description: optionalTextInput(p.description),
    })),
    budget: amount ? { amount, currency: values.budget.currency } : null,
    grant: grant ? { amount: grant, currency: values.grant.currency } : null,
    implementationStatus: values.implementationStatus,
    contractDate: values.contractDate || null,
    referenceNumber: values.referenceNumber.trim() || null,
    funderId: values.funderId,
    leadOrganizationId: values.leadOrganizationId,
    partners: values.partners.map((p) => ({ organizationId: p.organizationId ?? '', role: p.role })),
    municipalityCodes: [...values.municipalityCodes],
    themes: [...values.themes],
    targetGroups: [...values.targetGroups],
    serviceTypes: [...values.serviceTypes],
    period: hasPeriod
      ? { from: values.period.from || null, to: values.period.to || null, precision: values.period.precision }
      : null,
    status: values.status,
    indicators: indicatorInputs(values.indicators),
    documents: values.documents.map((doc) => ({ title: itemText(doc.title), url: doc.url.trim() })),
    // Publishing by hand ends a schedule; the server refuses both at once.
    publishAt: values.status === 'PUBLISHED' ? null : values.publishAt,
  };
}

export function createProjectInput(values: ProjectFormValues): CreateProjectInput {
  return commonInput(values);
}

/** Updates name the version they were read at: a stale one is refused with CONFLICT. */
export function updateProjectInput(
  values: ProjectFormValues,
  id: string,
  version: number,
): UpdateProjectInput {
  return { ...commonInput(values), id, version };
}

const fromInputText = textFromInput;

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * Form values from an update input (e.g. merged after a conflict, or the server's current
 * record in that shape): the inverse of `updateProjectInput`. Fields the input lacks keep `base`'s.
 */
export function projectValuesFromInput(
  input: Record<string, unknown>,
  base: ProjectFormValues,
): ProjectFormValues {
  const has = (field: string) => field in input && input[field] !== undefined;
  const values: ProjectFormValues = { ...base };
  for (const field of PROJECT_TEXT_FIELDS) if (has(field)) values[field] = fromInputText(input[field]);
  for (const field of TEXT_LIST_FIELDS) {
    if (has(field))
      values[field] = list(input[field]).map((item) => ({ key: itemKey(), ...fromInputText(item) }));
  }
  for (const field of ITEM_LIST_FIELDS) {
    if (!has(field)) continue;
    values[field] = list(input[field]).map((item) => {
      const p = item as { name?: unknown; description?: unknown } | null;
      return { key: itemKey(), name: fromInputText(p?.name), description: fromInputText(p?.description) };
    });
  }
  for (const field of ['budget', 'grant'] as const) {
    if (!has(field)) continue;
    const money = input[field] as { amount?: unknown; currency?: unknown } | null;
    values[field] = {
      amount: typeof money?.amount === 'string' ? money.amount : '',
      currency: money?.currency === 'EUR' ? 'EUR' : 'BGN',
    };
  }
  if (has('implementationStatus')) {
    const status = input.implementationStatus;
    values.implementationStatus = IMPLEMENTATION_STATUSES.includes(status as ImplementationStatus)
      ? (status as ImplementationStatus)
      : null;
  }
  if (has('contractDate'))
    values.contractDate = typeof input.contractDate === 'string' ? input.contractDate : null;
  if (has('referenceNumber'))
    values.referenceNumber = typeof input.referenceNumber === 'string' ? input.referenceNumber : '';
  for (const field of ['funderId', 'leadOrganizationId'] as const) {
    if (has(field)) values[field] = typeof input[field] === 'string' ? (input[field] as string) : null;
  }
  if (has('partners')) {
    values.partners = list(input.partners).map((item) => {
      const p = item as { organizationId?: unknown; role?: unknown } | null;
      const role = PARTNER_ROLES.find((r) => r === p?.role) ?? 'PARTNER';
      return {
        key: itemKey(),
        organizationId: typeof p?.organizationId === 'string' ? p.organizationId : null,
        role,
      };
    });
  }
  for (const field of ['municipalityCodes', 'themes', 'targetGroups', 'serviceTypes'] as const) {
    if (has(field)) values[field] = list(input[field]).filter((v): v is string => typeof v === 'string');
  }
  if (has('period')) {
    const period = input.period as { from?: unknown; to?: unknown; precision?: unknown } | null;
    values.period = {
      from: typeof period?.from === 'string' ? period.from : null,
      to: typeof period?.to === 'string' ? period.to : null,
      precision: PERIOD_PRECISIONS.find((p) => p === period?.precision) ?? 'DAY',
    };
  }
  if (has('status') && typeof input.status === 'string') values.status = input.status as ContentStatus;
  if (has('indicators')) values.indicators = indicatorItemsFromInput(input.indicators);
  if (has('documents')) {
    values.documents = list(input.documents).map((item) => {
      const doc = item as { title?: unknown; url?: unknown } | null;
      return {
        key: itemKey(),
        title: fromInputText(doc?.title),
        url: typeof doc?.url === 'string' ? doc.url : '',
      };
    });
  }
  if (has('publishAt')) values.publishAt = typeof input.publishAt === 'string' ? input.publishAt : null;
  return values;
}
