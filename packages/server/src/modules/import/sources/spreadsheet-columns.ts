/**
 * The column sets of the CSV import (kind `csv`), one per record kind: what each column holds, whether
 * a row needs it, and an example value (Bulgarian, from the demo content) that the downloadable
 * template carries. The parser (spreadsheet.ts) and the templates both read this one table.
 */

export type SpreadsheetKind = 'organization' | 'practice' | 'project';
export const SPREADSHEET_KINDS: readonly SpreadsheetKind[] = ['organization', 'practice', 'project'];

/** How a cell is read; see spreadsheet-cells.ts. */
export type CellType =
  | 'id'
  | 'text'
  | 'longText'
  | 'lines'
  | 'date'
  | 'money'
  | 'currency'
  | 'percent'
  | 'places'
  | 'organizationKind'
  | 'status'
  | 'url'
  | 'email';

export interface ColumnSpec {
  name: string;
  type: CellType;
  required?: boolean;
  /** For the README and the admin's help. */
  description: string;
  example: string;
}

const column = (
  name: string,
  type: CellType,
  description: string,
  example: string,
  required = false,
): ColumnSpec =>
  required ? { name, type, description, example, required } : { name, type, description, example };

const id = column(
  'id',
  'id',
  'Your own stable key of the row: a re-import with the same id updates the same record',
  '',
  true,
);

const contact = [
  column('contact_person', 'text', 'Contact person', 'Мария Иванова'),
  column('phone', 'text', 'Phone', '+359 601 6 11 11'),
  column('email', 'email', 'E-mail', 'info@example.bg'),
  column('website', 'url', 'Website (http/https)', 'https://example.bg'),
];

export const SPREADSHEET_COLUMNS: Readonly<Record<SpreadsheetKind, readonly ColumnSpec[]>> = {
  organization: [
    { ...id, example: 'org-001' },
    column('name_bg', 'text', 'Name in Bulgarian', 'Клуб на нестопанските организации – Търговище', true),
    column('name_en', 'text', 'Name in English', 'Club of Non-Profit Organizations – Targovishte'),
    column(
      'kind',
      'organizationKind',
      'НПО/NGO, община/MUNICIPALITY, фондация/FOUNDATION, донор/FUNDER, държавна институция/PUBLIC_AGENCY, академична/ACADEMIC, бизнес/BUSINESS',
      'НПО',
    ),
    column('municipality', 'places', 'Seat: a municipality name or NSI code', 'Търговище'),
    column(
      'description_bg',
      'longText',
      'Description in Bulgarian',
      'Клубът обединява 33 НПО от област Търговище.',
    ),
    column(
      'description_en',
      'longText',
      'Description in English',
      'The Club unites 33 NGOs of Targovishte district.',
    ),
    column('address', 'text', 'Address', 'ул. „Васил Левски“ 2, Търговище'),
    ...contact,
  ],
  practice: [
    { ...id, example: 'practice-001' },
    column(
      'title_bg',
      'text',
      'Title in Bulgarian',
      'Ранна интервенция за деца и семейства в област Търговище',
      true,
    ),
    column(
      'title_en',
      'text',
      'Title in English',
      'Early intervention for children and families in Targovishte district',
    ),
    column(
      'summary_bg',
      'longText',
      'Summary in Bulgarian',
      'Достъп до алтернативни социални услуги в общността.',
    ),
    column('summary_en', 'longText', 'Summary in English', ''),
    column('background_bg', 'longText', 'Background in Bulgarian', ''),
    column('background_en', 'longText', 'Background in English', ''),
    column('practice_bg', 'longText', 'The practice in Bulgarian', ''),
    column('practice_en', 'longText', 'The practice in English', ''),
    column('results_bg', 'longText', 'Results in Bulgarian', ''),
    column('results_en', 'longText', 'Results in English', ''),
    column(
      'period_from',
      'date',
      'Start: YYYY-MM-DD or dd.mm.yyyy (YYYY-MM, mm.yyyy, YYYY for a month or year)',
      '01.07.2013',
    ),
    column('period_to', 'date', 'End, as period_from', '31.12.2015'),
    column(
      'municipalities',
      'places',
      'Municipality names or NSI codes separated by | or ,',
      'Антоново | Омуртаг | Опака | Попово | Търговище',
    ),
    column('organization', 'text', 'Organization, by name', 'Клуб на нестопанските организации – Търговище'),
    column('innovator', 'text', 'Innovator (person or team)', ''),
    ...contact,
    column('source_url', 'url', 'Address of the source page', ''),
  ],
  project: [
    { ...id, example: 'project-001' },
    column(
      'title_bg',
      'text',
      'Title in Bulgarian',
      'Инициатива за развитие и социално включване – за нашите деца',
      true,
    ),
    column(
      'title_en',
      'text',
      'Title in English',
      'Initiative for Development and Social Inclusion – for Our Children',
    ),
    column(
      'summary_bg',
      'longText',
      'Summary in Bulgarian',
      'Интегрирани и координирани междусекторни услуги за деца в риск и техните семейства в 8 общини на област Пловдив.',
    ),
    column('summary_en', 'longText', 'Summary in English', ''),
    column(
      'activities_bg',
      'lines',
      'Activities in Bulgarian, one per line (or separated by |)',
      'Разкриване на програма „Консултативна и терапевтична подкрепа“ за деца',
    ),
    column('activities_en', 'lines', 'Activities in English, in the same order', ''),
    column('reference_number', 'text', 'Registration number (e.g. ИСУН)', ''),
    column('contract_number', 'text', 'Contract number', ''),
    column('lead_organization', 'text', 'Lead organization, by name', 'Фондация „За Нашите Деца“'),
    column('funder', 'text', 'Funder, by name', 'Европейски социален фонд'),
    column(
      'programme_bg',
      'text',
      'Funding programme in Bulgarian',
      'Оперативна програма „Развитие на човешките ресурси“ 2014-2020',
    ),
    column('programme_en', 'text', 'Funding programme in English', ''),
    column('contract_date', 'date', 'Contract date, as period_from', ''),
    column(
      'period_from',
      'date',
      'Start: YYYY-MM-DD or dd.mm.yyyy (YYYY-MM, mm.yyyy, YYYY for a month or year)',
      '15.09.2019',
    ),
    column('period_to', 'date', 'End, as period_from', '31.12.2020'),
    column(
      'status',
      'status',
      'договориран/CONTRACTED, в изпълнение/ONGOING, приключен/COMPLETED, прекратен/TERMINATED',
      'приключен',
    ),
    column(
      'municipalities',
      'places',
      'Municipality names or NSI codes separated by | or ,',
      'Пловдив | Марица | Садово | Куклен | Родопи | Перущица | Стамболийски | Асеновград',
    ),
    column('budget', 'money', 'Total cost: 199994.17 or 199 994,17', '199 994,17'),
    column('grant', 'money', 'Grant, as budget', ''),
    column('self_finance', 'money', 'Own contribution, as budget', ''),
    column('total_paid', 'money', 'Paid so far, as budget', ''),
    column('currency', 'currency', 'BGN (лв.) or EUR (€); required when an amount is given', 'BGN'),
    column('eu_share_percent', 'percent', 'EU share in percent', ''),
    column('source_url', 'url', 'Address of the source page', ''),
  ],
};

/** The columns only one kind has: what tells the kinds apart in a header. */
export function ownColumns(kind: SpreadsheetKind): string[] {
  const others = SPREADSHEET_KINDS.filter((k) => k !== kind).flatMap((k) =>
    SPREADSHEET_COLUMNS[k].map((c) => c.name),
  );
  return SPREADSHEET_COLUMNS[kind].map((c) => c.name).filter((name) => !others.includes(name));
}

/** A CSV cell as written: quoted when it holds the delimiter, a quote or a line break. */
function csvCell(value: string): string {
  return /[;",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The downloadable template of a kind: UTF-8 with a BOM (so Excel opens the Cyrillic right), `;`
 * (Excel's delimiter in Bulgarian locales), the header and one example row.
 */
export function spreadsheetTemplate(kind: SpreadsheetKind): string {
  const columns = SPREADSHEET_COLUMNS[kind];
  const lines = [columns.map((c) => c.name), columns.map((c) => c.example)].map((row) =>
    row.map(csvCell).join(';'),
  );
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
