import type { ImplementationStatusDraft } from '../import.types';

/**
 * The labels of an ИСУН/UMIS project page (Bulgarian and English), its section headings, statuses and
 * the EU funds its `Източник на финансиране` abbreviates. Data only: isun.ts reads pages with it.
 */

export type IsunField =
  | 'referenceNumber'
  | 'contractNumber'
  | 'title'
  | 'beneficiary'
  | 'funding'
  | 'contractDate'
  | 'startDate'
  | 'endDate'
  | 'status'
  | 'places'
  | 'summary'
  | 'activities'
  | 'budget'
  | 'grant'
  | 'selfFinance'
  | 'totalPaid'
  | 'euSharePercent';

export type IsunLang = 'bg' | 'en';

/**
 * Labels per field. Bulgarian: as the register's page writes them (the sample) plus the money labels of
 * its Bulgarian financial section; English: the list and its plain counterparts.
 */
export const ISUN_LABELS: Readonly<Record<IsunField, Readonly<Record<IsunLang, readonly string[]>>>> = {
  referenceNumber: { bg: ['Номер на проект от ИСУН'], en: ['Project number in UMIS'] },
  contractNumber: { bg: ['Номер на проект'], en: ['Project number'] },
  title: { bg: ['Наименование'], en: ['Name'] },
  beneficiary: { bg: ['Бенефициент'], en: ['Beneficiary'] },
  funding: { bg: ['Източник на финансиране'], en: ['Source of funding'] },
  contractDate: { bg: ['Дата на решение на договарящия орган'], en: ['Contract date'] },
  startDate: { bg: ['Начална дата'], en: ['Start date'] },
  endDate: { bg: ['Дата на приключване'], en: ['End date'] },
  status: { bg: ['Статус'], en: ['Status'] },
  places: { bg: ['Място на изпълнение'], en: ['Place of implementation'] },
  summary: { bg: ['Описание на проекта'], en: ['Project description'] },
  activities: { bg: ['Дейности'], en: ['Activities'] },
  budget: { bg: ['Обща стойност'], en: ['Total cost'] },
  grant: { bg: ['Безвъзмездна финансова помощ'], en: ['Grant'] },
  selfFinance: { bg: ['Собствено финансиране'], en: ['Self finance'] },
  totalPaid: { bg: ['Общо изплатени средства'], en: ['Total paid'] },
  euSharePercent: { bg: ['Процент на участие на ЕС'], en: ['EU participation percent'] },
};

/** Fields whose value may run over several lines (the rest are one line each). */
export const MULTILINE_FIELDS: ReadonlySet<IsunField> = new Set([
  'title',
  'beneficiary',
  'funding',
  'places',
  'summary',
  'activities',
]);

/** Fields of running text: a `Something:` line inside them is text, not an unknown label. */
export const PROSE_FIELDS: ReadonlySet<IsunField> = new Set(['summary', 'activities']);

/** Section headings of the page: skipped (they end the field before them). */
export const ISUN_HEADINGS: readonly string[] = [
  'Обобщена информация',
  'Идентификация',
  'Описание',
  'Финансова информация',
  'Местоположение',
  'Summary information',
  'General information',
  'Identification',
  'Description',
  'Financial information',
  'Location',
];

export const ISUN_STATUSES: Readonly<Record<string, ImplementationStatusDraft>> = {
  приключен: 'COMPLETED',
  'в изпълнение': 'ONGOING',
  договориран: 'CONTRACTED',
  прекратен: 'TERMINATED',
  completed: 'COMPLETED',
  'in progress': 'ONGOING',
  ongoing: 'ONGOING',
  contracted: 'CONTRACTED',
  terminated: 'TERMINATED',
};

export interface EuFund {
  /** As the register abbreviates it, Bulgarian and English. */
  abbreviations: readonly string[];
  bg: string;
  en: string;
}

/** EU (and EEA/Norway) funds behind the programmes ИСУН lists, 2007–2027. */
export const EU_FUNDS: readonly EuFund[] = [
  { abbreviations: ['ЕСФ', 'ESF'], bg: 'Европейски социален фонд', en: 'European Social Fund' },
  {
    abbreviations: ['ЕСФ+', 'ESF+'],
    bg: 'Европейски социален фонд плюс',
    en: 'European Social Fund Plus',
  },
  {
    abbreviations: ['ЕФРР', 'ERDF'],
    bg: 'Европейски фонд за регионално развитие',
    en: 'European Regional Development Fund',
  },
  { abbreviations: ['КФ', 'CF'], bg: 'Кохезионен фонд', en: 'Cohesion Fund' },
  {
    abbreviations: ['ЕЗФРСР', 'EAFRD'],
    bg: 'Европейски земеделски фонд за развитие на селските райони',
    en: 'European Agricultural Fund for Rural Development',
  },
  {
    abbreviations: ['ЕФМДР', 'EMFF'],
    bg: 'Европейски фонд за морско дело и рибарство',
    en: 'European Maritime and Fisheries Fund',
  },
  {
    abbreviations: ['ЕФМДРА', 'EMFAF'],
    bg: 'Европейски фонд за морско дело, рибарство и аквакултури',
    en: 'European Maritime, Fisheries and Aquaculture Fund',
  },
  {
    abbreviations: ['ФЕПНЛ', 'FEAD'],
    bg: 'Фонд за европейско подпомагане на най-нуждаещите се лица',
    en: 'Fund for European Aid to the Most Deprived',
  },
  { abbreviations: ['ФСП', 'JTF'], bg: 'Фонд за справедлив преход', en: 'Just Transition Fund' },
  {
    abbreviations: ['ИМЗ', 'YEI'],
    bg: 'Инициатива за младежка заетост',
    en: 'Youth Employment Initiative',
  },
  {
    abbreviations: ['МВУ', 'RRF'],
    bg: 'Механизъм за възстановяване и устойчивост',
    en: 'Recovery and Resilience Facility',
  },
  {
    abbreviations: ['ФУМИ', 'AMIF'],
    bg: 'Фонд „Убежище, миграция и интеграция“',
    en: 'Asylum, Migration and Integration Fund',
  },
  { abbreviations: ['ФВС', 'ISF'], bg: 'Фонд за вътрешна сигурност', en: 'Internal Security Fund' },
  {
    abbreviations: ['ФМ на ЕИП', 'EEA FM'],
    bg: 'Финансов механизъм на Европейското икономическо пространство',
    en: 'EEA Financial Mechanism',
  },
  {
    abbreviations: ['НФМ', 'NFM'],
    bg: 'Норвежки финансов механизъм',
    en: 'Norwegian Financial Mechanism',
  },
];

const fundKey = (text: string): string => text.toLocaleUpperCase('bg').replace(/\s+/g, ' ').trim();
const FUNDS_BY_ABBREVIATION = new Map(
  EU_FUNDS.flatMap((fund) => fund.abbreviations.map((a) => [fundKey(a), fund] as const)),
);

/** The fund an abbreviation (ЕСФ, ESF, ЕФРР…) names, or undefined. */
export function euFund(abbreviation: string): EuFund | undefined {
  return FUNDS_BY_ABBREVIATION.get(fundKey(abbreviation));
}

const labelKey = (text: string): string => text.toLocaleLowerCase('bg').replace(/\s+/g, ' ').trim();

const FIELDS_BY_LABEL = new Map(
  (Object.entries(ISUN_LABELS) as [IsunField, Record<IsunLang, readonly string[]>][]).flatMap(
    ([field, byLang]) =>
      (Object.entries(byLang) as [IsunLang, readonly string[]][]).flatMap(([lang, labels]) =>
        labels.map((label) => [labelKey(label), { field, lang }] as const),
      ),
  ),
);
const HEADINGS = new Set(ISUN_HEADINGS.map(labelKey));

/** The field and language a label names (case and spacing aside), or undefined. */
export function isunLabel(label: string): { field: IsunField; lang: IsunLang } | undefined {
  return FIELDS_BY_LABEL.get(labelKey(label));
}

export function isIsunHeading(line: string): boolean {
  return HEADINGS.has(labelKey(line.replace(/:$/, '')));
}
