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

/**
 * Decimals to show for a figure of people ("1254.00" → 0, "12.50" → 2): indicators are counted
 * in whole people almost always, and the server sends every sum with two decimals.
 */
export function peopleDigits(value: string): 0 | 2 {
  return /\.(?!0+$)\d+$/.test(value) ? 2 : 0;
}
