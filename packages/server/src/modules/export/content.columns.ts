import { at, bilingual, bilingualPlain, type ExportColumn, names, value } from './export-column';

/*
 * Columns of the published-content lists: what a partner or a foundation's analyst puts in a
 * spreadsheet. Each localized text is two columns (Bulgarian, English), rich texts as plain
 * words, places and tags as names joined with ` | `, money as exact decimals with the currency.
 */

const places: ExportColumn[] = [
  names('municipalities_bg', 'municipalities.nameBg'),
  names('municipalities_en', 'municipalities.nameEn'),
];

const tags: ExportColumn[] = [
  ...bilingual('themes', 'themes.label'),
  ...bilingual('target_groups', 'targetGroups.label'),
  ...bilingual('service_types', 'serviceTypes.label'),
];

const period: ExportColumn[] = [value('period_from', 'period.from'), value('period_to', 'period.to')];

/** Which record a row is: its id, and its slug as partner sites link to it. */
const keys: ExportColumn[] = [value('id'), value('slug')];

const stamps: ExportColumn[] = [at('published_at', 'publishedAt'), at('updated_at', 'updatedAt')];

export const practiceColumns: ExportColumn[] = [
  ...keys,
  value('status'),
  ...bilingual('title'),
  ...bilingual('organization', 'organization.name'),
  value('innovator'),
  ...places,
  ...tags,
  ...period,
  value('nomination_count', 'nominationCount'),
  ...bilingualPlain('summary'),
  ...bilingualPlain('background'),
  ...bilingualPlain('practice'),
  ...bilingualPlain('results'),
  ...stamps,
];

export const projectColumns: ExportColumn[] = [
  ...keys,
  value('status'),
  value('reference_number', 'referenceNumber'),
  ...bilingual('title'),
  ...bilingual('lead_organization', 'leadOrganization.name'),
  ...bilingual('funder', 'funder.name'),
  ...bilingual('funding_programme', 'fundingProgramme'),
  value('budget_amount', 'budget.amount'),
  value('budget_currency', 'budget.currency'),
  value('budget_amount_eur', 'budget.amountEur'),
  value('grant_amount', 'grant.amount'),
  value('grant_currency', 'grant.currency'),
  value('implementation_status', 'implementationStatus'),
  value('contract_date', 'contractDate'),
  ...places,
  ...tags,
  ...period,
  ...bilingualPlain('summary'),
  ...bilingualPlain('general_goal', 'generalGoal'),
  ...stamps,
];

export const organizationColumns: ExportColumn[] = [
  ...keys,
  value('kind'),
  ...bilingual('name'),
  value('municipality_bg', 'municipality.nameBg'),
  value('municipality_en', 'municipality.nameEn'),
  value('website', 'contact.website'),
  value('email', 'contact.email'),
  value('phone', 'contact.phone'),
  ...bilingualPlain('description'),
  at('updated_at', 'updatedAt'),
];

export const partnerNetworkColumns: ExportColumn[] = [
  ...keys,
  value('scope'),
  ...bilingual('name'),
  ...bilingual('coordinator', 'coordinator.name'),
  ...bilingualPlain('description'),
  at('updated_at', 'updatedAt'),
];

export const volunteerProgrammeColumns: ExportColumn[] = [
  ...keys,
  value('status'),
  ...bilingual('name'),
  ...bilingual('organization', 'organization.name'),
  ...places,
  value('volunteer_count', 'volunteerCount'),
  value('hours_logged', 'hoursLogged'),
  ...bilingualPlain('description'),
  ...stamps,
];
