import Decimal from 'decimal.js';
import { demoContent } from '../seed/demo-content';

/*
 * The oracle of modules/statistics/statistics.spec.ts: the `statistics` figures the test works out
 * by itself from the demo content (and from the records it adds), with decimal.js for money. It
 * shares no code with the module.
 */

export type Kind = 'practice' | 'project';
export type Currency = 'BGN' | 'EUR';

/** A record as the figures should see it. */
export interface Rec {
  kind: Kind;
  municipalityCodes: string[];
  themes: string[];
  targetGroups: string[];
  /** The year its period starts, else the year it was published (Sofia); null: neither. */
  year: number | null;
  /** `counts`: whether the indicator counts as people served, decided by hand. */
  indicators: { value: string; targetGroup: string | null; counts: boolean }[];
  budget: { amount: string; currency: Currency } | null;
  /** Bulgarian name of its funder (outside the trash). */
  funder: string | null;
  adoptions: string[];
}

export interface Filter {
  districtCodes?: string[];
  municipalityCodes?: string[];
  themes?: string[];
  targetGroups?: string[];
  yearFrom?: number;
  yearTo?: number;
}

/**
 * Every unit the demo content uses, sorted by hand by the rule (people-served.ts): units naming
 * people count; families, staff, events and rates do not.
 */
export const DEMO_UNITS: Record<string, boolean> = {
  'потребители (деца и лица с увреждания)': true,
  'деца и лица': true,
  души: true,
  лица: true,
  потребители: true,
  деца: true,
  'лица и семейства': true,
  'приемни семейства': false,
  'лични асистенти': false,
  'кръгли маси': false,
  'потребители месечно': false,
};

export const sofiaYear = (iso: string) =>
  Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Sofia', year: 'numeric' }).format(new Date(iso)));
export const orgName = (key: string) => demoContent.organizations.find((o) => o.key === key)!.name.bg;
export const demoIndicators = (list: { value: string; unit: { bg: string }; targetGroup?: string }[]) =>
  list.map((i) => ({ value: i.value, targetGroup: i.targetGroup ?? null, counts: DEMO_UNITS[i.unit.bg] }));

/** The demo content's published records (all of it is published). */
export const DEMO: Rec[] = [
  ...demoContent.practices
    .filter((p) => p.status === 'PUBLISHED')
    .map((p): Rec => ({
      kind: 'practice',
      municipalityCodes: p.municipalityCodes,
      themes: p.themes,
      targetGroups: p.targetGroups,
      year: p.periodFrom ? Number(p.periodFrom.slice(0, 4)) : p.publishedAt ? sofiaYear(p.publishedAt) : null,
      indicators: demoIndicators(p.indicators),
      budget: null,
      funder: null,
      adoptions: p.adoptions.map((a) => a.municipalityCode),
    })),
  ...demoContent.projects
    .filter((p) => p.status === 'PUBLISHED')
    .map((p): Rec => ({
      kind: 'project',
      municipalityCodes: p.municipalityCodes,
      themes: p.themes,
      targetGroups: p.targetGroups,
      // Demo projects carry no publication date: one without a period has no year.
      year: p.startDate ? Number(p.startDate.slice(0, 4)) : null,
      indicators: demoIndicators(p.indicators),
      budget: p.budget ? { amount: p.budget.amount, currency: p.budget.currency } : null,
      funder: p.funderKey ? orgName(p.funderKey) : null,
      adoptions: [],
    })),
];

/** NSI municipality codes begin with their district's code: PDV26 is in PDV. */
export const districtOf = (municipalityCode: string) => municipalityCode.slice(0, 3);

export const RATE = new Decimal('1.95583');
export const toCent = (value: Decimal) => value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
export const money = (value: Decimal) => value.toFixed(2);

export function matches(record: Rec, filter: Filter): boolean {
  const any = (values: string[] | undefined, have: string[]) =>
    !values || have.some((v) => values.includes(v));
  return (
    any(filter.districtCodes, record.municipalityCodes.map(districtOf)) &&
    any(filter.municipalityCodes, record.municipalityCodes) &&
    any(filter.themes, record.themes) &&
    any(filter.targetGroups, record.targetGroups) &&
    (filter.yearFrom === undefined || (record.year !== null && record.year >= filter.yearFrom)) &&
    (filter.yearTo === undefined || (record.year !== null && record.year <= filter.yearTo))
  );
}

/** Adds `amount` (and one) to the entry `key` of a tally. */
export function tally<K extends string | number>(
  table: Map<K, { sum: Decimal; count: number }>,
  key: K,
  amount: Decimal.Value = 0,
) {
  const entry = table.get(key) ?? { sum: new Decimal(0), count: 0 };
  table.set(key, { sum: entry.sum.plus(amount), count: entry.count + 1 });
}

export const entries = <K extends string | number, V, R>(table: Map<K, V>, view: (value: V) => R) =>
  Object.fromEntries([...table].map(([key, value]) => [String(key), view(value)]));

/** The figures, worked out here from the records, in the shape `figuresOf` gives the API's answer. */
export function expected(records: Rec[], filter: Filter = {}) {
  const chosen = records.filter((r) => matches(r, filter));
  const practices = chosen.filter((r) => r.kind === 'practice');
  const projects = chosen.filter((r) => r.kind === 'project');

  let people = new Decimal(0);
  let counted = 0;
  let excluded = 0;
  const peopleByDistrict = new Map<string, { sum: Decimal; count: number }>();
  const peopleByGroup = new Map<string, { sum: Decimal; count: number }>();
  for (const record of chosen) {
    const districts = new Set(record.municipalityCodes.map(districtOf));
    for (const indicator of record.indicators) {
      if (!indicator.counts) {
        excluded += 1;
        continue;
      }
      counted += 1;
      people = people.plus(indicator.value);
      for (const district of districts) tally(peopleByDistrict, district, indicator.value);
      tally(peopleByGroup, indicator.targetGroup ?? '-', indicator.value);
    }
  }

  const funders = new Map<string, { count: number; budgeted: number; bgn: Decimal; eur: Decimal }>();
  let bgn = new Decimal(0);
  let eur = new Decimal(0);
  for (const project of projects) {
    const key = project.funder ?? '-';
    const row = funders.get(key) ?? { count: 0, budgeted: 0, bgn: new Decimal(0), eur: new Decimal(0) };
    row.count += 1;
    if (project.budget) {
      const amount = new Decimal(project.budget.amount);
      const inBgn = project.budget.currency === 'BGN' ? amount : toCent(amount.times(RATE));
      const inEur = project.budget.currency === 'EUR' ? amount : toCent(amount.dividedBy(RATE));
      row.budgeted += 1;
      row.bgn = row.bgn.plus(inBgn);
      row.eur = row.eur.plus(inEur);
      bgn = bgn.plus(inBgn);
      eur = eur.plus(inEur);
    }
    funders.set(key, row);
  }

  const byYear = new Map<number, { sum: Decimal; count: number }>();
  const byTheme = new Map<string, { sum: Decimal; count: number }>();
  const byDistrict = new Map<string, { sum: Decimal; count: number }>();
  const adoptions = new Map<string, { count: number; practices: Set<Rec> }>();
  for (const practice of practices) {
    if (practice.year !== null) tally(byYear, practice.year);
    for (const theme of new Set(practice.themes)) tally(byTheme, theme);
    for (const district of new Set(practice.municipalityCodes.map(districtOf))) tally(byDistrict, district);
    for (const code of practice.adoptions) {
      const row = adoptions.get(districtOf(code)) ?? { count: 0, practices: new Set<Rec>() };
      adoptions.set(districtOf(code), { count: row.count + 1, practices: row.practices.add(practice) });
    }
  }

  return {
    practiceCount: practices.length,
    projectCount: projects.length,
    people: {
      total: money(people),
      indicatorCount: counted,
      excludedIndicatorCount: excluded,
      byDistrict: entries(peopleByDistrict, (v) => [money(v.sum), v.count]),
      byTargetGroup: entries(peopleByGroup, (v) => [money(v.sum), v.count]),
    },
    funders: entries(funders, (v) => [v.count, v.budgeted, money(v.bgn), money(v.eur)]),
    budgetTotals: [money(bgn), money(eur)],
    byYear: entries(byYear, (v) => v.count),
    byTheme: entries(byTheme, (v) => v.count),
    byDistrict: entries(byDistrict, (v) => v.count),
    adoptions: entries(adoptions, (v) => [v.count, v.practices.size]),
  };
}

export const STATISTICS = `query($filter: StatisticsFilter, $locale: Locale) {
  statistics(filter: $filter, locale: $locale) {
    practiceCount projectCount
    peopleServed {
      total indicatorCount excludedIndicatorCount
      byDistrict { district { code name } people indicatorCount }
      byTargetGroup { targetGroup { slug label } people indicatorCount }
    }
    projectsByFunder { funder { id slug name } count budgetedCount budget { bgn eur } }
    budgetTotals { bgn eur }
    practicesByYear { year count }
    practicesByTheme { theme { slug label } count }
    practicesByDistrict { district { code name } count }
    adoptionsByDistrict { district { code name } count practiceCount }
  }
}`;

/** The API's answer in the shape of `expected`. */
export function figuresOf(s: any) {
  const by = <T>(rows: any[], key: (row: any) => string | number, view: (row: any) => T) =>
    Object.fromEntries(rows.map((row) => [String(key(row)), view(row)]));
  return {
    practiceCount: s.practiceCount,
    projectCount: s.projectCount,
    people: {
      total: s.peopleServed.total,
      indicatorCount: s.peopleServed.indicatorCount,
      excludedIndicatorCount: s.peopleServed.excludedIndicatorCount,
      byDistrict: by(
        s.peopleServed.byDistrict,
        (r) => r.district.code,
        (r) => [r.people, r.indicatorCount],
      ),
      byTargetGroup: by(
        s.peopleServed.byTargetGroup,
        (r) => r.targetGroup?.slug ?? '-',
        (r) => [r.people, r.indicatorCount],
      ),
    },
    funders: by(
      s.projectsByFunder,
      (r) => r.funder?.name ?? '-',
      (r) => [r.count, r.budgetedCount, r.budget.bgn, r.budget.eur],
    ),
    budgetTotals: [s.budgetTotals.bgn, s.budgetTotals.eur],
    byYear: by(
      s.practicesByYear,
      (r) => r.year,
      (r) => r.count,
    ),
    byTheme: by(
      s.practicesByTheme,
      (r) => r.theme.slug,
      (r) => r.count,
    ),
    byDistrict: by(
      s.practicesByDistrict,
      (r) => r.district.code,
      (r) => r.count,
    ),
    adoptions: by(
      s.adoptionsByDistrict,
      (r) => r.district.code,
      (r) => [r.count, r.practiceCount],
    ),
  };
}
