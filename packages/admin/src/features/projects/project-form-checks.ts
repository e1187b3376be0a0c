import { checkTexts, englishOnly } from '../../shared/components/bilingual-text';
import { isWebAddress } from '../../shared/components/contact-input';
import {
  indicatorFormPath,
  type IndicatorProblem,
  validateIndicators,
} from '../../shared/components/indicator-input';
import { listItemFormPath } from '../../shared/components/list-form-path';
import { parseAmount } from '../../shared/components/money-input';
import {
  type BilingualText,
  ITEM_LIST_FIELDS,
  PROJECT_TEXT_FIELDS,
  type ProjectFormValues,
  TEXT_LIST_FIELDS,
} from './project-form';

/** Message keys of the problems the browser finds before the server does. */
export type ProjectFormProblem =
  | 'projects.form.problems.titleRequired'
  | 'projects.form.problems.bgRequired'
  | 'projects.form.problems.itemEmpty'
  | 'projects.form.problems.nameRequired'
  | 'projects.form.problems.partnerRequired'
  | 'projects.form.problems.partnerTwice'
  | 'projects.form.problems.periodOrder'
  | 'documents.problems.titleRequired'
  | 'documents.problems.urlInvalid'
  | IndicatorProblem
  | 'inputs.money.invalid'
  | 'inputs.money.negative'
  | 'inputs.money.tooPrecise'
  | 'inputs.money.tooLarge';

const blank = (value: BilingualText) => !value.bg.trim() && !value.en.trim();

/** Form path → message key, for every field the browser can check. */
export function validateProjectForm(values: ProjectFormValues): Record<string, ProjectFormProblem> {
  const problems: Record<string, ProjectFormProblem> = checkTexts(values, PROJECT_TEXT_FIELDS, {
    required: 'projects.form.problems.titleRequired',
    bgRequired: 'projects.form.problems.bgRequired',
  });
  for (const field of TEXT_LIST_FIELDS) {
    values[field].forEach((item, i) => {
      if (blank(item)) problems[`${field}.${i}.bg`] = 'projects.form.problems.itemEmpty';
      else if (englishOnly(item)) problems[`${field}.${i}.bg`] = 'projects.form.problems.bgRequired';
    });
  }
  for (const field of ITEM_LIST_FIELDS) {
    values[field].forEach((item, i) => {
      if (blank(item.name) && blank(item.description)) {
        problems[`${field}.${i}.name.bg`] = 'projects.form.problems.itemEmpty';
      } else if (!item.name.bg.trim())
        problems[`${field}.${i}.name.bg`] = 'projects.form.problems.nameRequired';
      if (englishOnly(item.description))
        problems[`${field}.${i}.description.bg`] = 'projects.form.problems.bgRequired';
    });
  }
  for (const field of ['budget', 'grant'] as const) {
    const amount = parseAmount(values[field].amount);
    if (!amount.ok) problems[`${field}.amount`] = `inputs.money.${amount.problem}`;
  }
  const seen = new Set<string>();
  values.partners.forEach((partner, i) => {
    if (!partner.organizationId)
      problems[`partners.${i}.organizationId`] = 'projects.form.problems.partnerRequired';
    else if (seen.has(partner.organizationId)) {
      problems[`partners.${i}.organizationId`] = 'projects.form.problems.partnerTwice';
    } else seen.add(partner.organizationId);
  });
  const { from, to } = values.period;
  if (from && to && to < from) problems['period.to'] = 'projects.form.problems.periodOrder';
  values.documents.forEach((doc, i) => {
    if (!doc.title.bg.trim())
      problems[`documents.${i}.title.bg`] = englishOnly(doc.title)
        ? 'projects.form.problems.bgRequired'
        : 'documents.problems.titleRequired';
    if (!isWebAddress(doc.url)) problems[`documents.${i}.url`] = 'documents.problems.urlInvalid';
  });
  return { ...problems, ...validateIndicators(values.indicators) };
}

const SIMPLE_PATHS = new Set<string>([
  ...PROJECT_TEXT_FIELDS.flatMap((f) => [`${f}.bg`, `${f}.en`]),
  'budget.amount',
  'budget.currency',
  'grant.amount',
  'grant.currency',
  'implementationStatus',
  'contractDate',
  'referenceNumber',
  'funderId',
  'leadOrganizationId',
  'municipalityCodes',
  'themes',
  'targetGroups',
  'serviceTypes',
  'period.from',
  'period.to',
  'period.precision',
  'status',
  'publishAt',
  ...TEXT_LIST_FIELDS,
  ...ITEM_LIST_FIELDS,
  'partners',
]);

const DOCUMENT_FIELDS = { first: 'title', texts: ['title'], values: ['url'] };

/**
 * Where a server field error shows in the form: exact paths as they are ("programmes.1.name.bg",
 * "partners.0.organizationId"); a text without its language on its Bulgarian field; a list item
 * on its first field; "municipalityCodes.3" on the list; "budget" on the amount, "period" on its
 * start; indicators and documents on their item's field ("documents.1.url"). Null when the form
 * has no such field (it is then reported in a notification).
 */
export function projectFormPath(serverPath: string): string | null {
  if (SIMPLE_PATHS.has(serverPath)) return serverPath;
  if ((PROJECT_TEXT_FIELDS as readonly string[]).includes(serverPath)) return `${serverPath}.bg`;
  if (serverPath === 'budget' || serverPath === 'grant') return `${serverPath}.amount`;
  if (serverPath === 'period') return 'period.from';
  const set = /^(municipalityCodes|themes|targetGroups|serviceTypes)\.\d+$/.exec(serverPath);
  if (set) return set[1];
  const textItem = /^(specificObjectives|expectedResults)\.(\d+)(?:\.(bg|en))?$/.exec(serverPath);
  if (textItem) return `${textItem[1]}.${textItem[2]}.${textItem[3] ?? 'bg'}`;
  const programme = /^(programmes|activities)\.(\d+)(?:\.(name|description)(?:\.(bg|en))?)?$/.exec(
    serverPath,
  );
  if (programme) return `${programme[1]}.${programme[2]}.${programme[3] ?? 'name'}.${programme[4] ?? 'bg'}`;
  const partner = /^partners\.(\d+)(?:\.(organizationId|role))?$/.exec(serverPath);
  if (partner) return `partners.${partner[1]}.${partner[2] ?? 'organizationId'}`;
  return indicatorFormPath(serverPath) ?? listItemFormPath(serverPath, 'documents', DOCUMENT_FIELDS);
}
