import type { ContentStatus } from '../../gql/graphql';

export const STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'PUBLISHED',
  'ARCHIVED',
] as const satisfies readonly ContentStatus[];

/** The aliases of the status-counts query, e.g. practicesInReview. */
type Kind = 'practices' | 'projects';
const ALIAS: Record<ContentStatus, string> = {
  DRAFT: 'Draft',
  IN_REVIEW: 'InReview',
  PUBLISHED: 'Published',
  ARCHIVED: 'Archived',
};

export interface StatusRow {
  kind: Kind;
  counts: Record<ContentStatus, number>;
  total: number;
}

/** The eight aliased counts as two rows (practices, projects), with totals. */
export function statusRows(data: Record<string, { totalCount: number } | undefined>): StatusRow[] {
  return (['practices', 'projects'] as const).map((kind) => {
    const counts = Object.fromEntries(
      STATUSES.map((status) => [status, data[`${kind}${ALIAS[status]}`]?.totalCount ?? 0]),
    ) as Record<ContentStatus, number>;
    return { kind, counts, total: STATUSES.reduce((sum, s) => sum + counts[s], 0) };
  });
}

interface Place {
  code: string;
  nameBg: string;
  nameEn: string;
}

export interface DistrictCount {
  code: string;
  name: string;
  practices: number;
}

/**
 * Practices per district: a practice counts once in each district it runs in (so the bars
 * may add up to more than the practices); practices with no municipality are counted apart.
 */
export function practicesByDistrict(
  practices: readonly { municipalities: readonly { district: Place }[] }[],
  lang: string,
): { districts: DistrictCount[]; unplaced: number } {
  const counts = new Map<string, DistrictCount>();
  let unplaced = 0;
  for (const practice of practices) {
    const districts = new Map(practice.municipalities.map((m) => [m.district.code, m.district]));
    if (districts.size === 0) unplaced += 1;
    for (const district of districts.values()) {
      const row = counts.get(district.code) ?? {
        code: district.code,
        name: lang === 'en' ? district.nameEn : district.nameBg,
        practices: 0,
      };
      row.practices += 1;
      counts.set(district.code, row);
    }
  }
  const collator = new Intl.Collator(lang === 'en' ? 'en' : 'bg');
  const districts = [...counts.values()].sort(
    (a, b) => b.practices - a.practices || collator.compare(a.name, b.name),
  );
  return { districts, unplaced };
}

/** Exact sum of money amounts (decimal strings, two decimals at most) as "1234.50". */
export function sumAmounts(amounts: readonly string[]): string {
  let cents = 0n;
  for (const amount of amounts) {
    const match = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(amount.trim());
    if (!match) continue;
    const value = BigInt(match[2]) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
    cents += match[1] ? -value : value;
  }
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  return `${negative ? '-' : ''}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

export interface FunderTotal {
  /** Funder id, or '' for projects without a funder. */
  key: string;
  /** The funder's name; '' without one (the page names it). */
  name: string;
  projects: number;
  /** Projects that state a budget. */
  withBudget: number;
  /** Exact sum in EUR, "102255.40". */
  budgetEur: string;
  /** The same as a number, for the chart. */
  value: number;
}

/** Projects and their budgets (in EUR, exact) per funder, largest budget first. */
export function projectsByFunder(
  projects: readonly {
    funder?: { id: string; name: string } | null;
    budget?: { amountEur: string } | null;
  }[],
): FunderTotal[] {
  const groups = new Map<string, { name: string; projects: number; amounts: string[] }>();
  for (const project of projects) {
    const key = project.funder?.id ?? '';
    const group = groups.get(key) ?? { name: project.funder?.name ?? '', projects: 0, amounts: [] };
    group.projects += 1;
    if (project.budget) group.amounts.push(project.budget.amountEur);
    groups.set(key, group);
  }
  return [...groups.entries()]
    .map(([key, g]) => {
      const budgetEur = sumAmounts(g.amounts);
      return {
        key,
        name: g.name,
        projects: g.projects,
        withBudget: g.amounts.length,
        budgetEur,
        value: Number(budgetEur),
      };
    })
    .sort((a, b) => b.value - a.value || b.projects - a.projects || a.name.localeCompare(b.name, 'bg'));
}
