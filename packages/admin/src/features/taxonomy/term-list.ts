import type { TaxonomyTermsQuery } from '../../gql/graphql';

/** The three taxonomies, in the order of the page's tabs. */
export const TERM_KINDS = ['themes', 'targetGroups', 'serviceTypes'] as const;
export type TermKind = (typeof TERM_KINDS)[number];

type Node = TaxonomyTermsQuery[TermKind]['edges'][number]['node'];

/** A row of the page: a term with both labels and, for staff, how many records carry it. */
export interface TermRow {
  id: string;
  slug: string;
  version: number;
  bg: string;
  /** Empty when the term has no English label yet (the English read fell back to Bulgarian). */
  en: string;
  practices: number;
  projects: number;
}

/** Joins a taxonomy's Bulgarian read (order, usage) with its English one, by id. */
export function termRows(
  bg: TaxonomyTermsQuery | undefined,
  en: TaxonomyTermsQuery | undefined,
  kind: TermKind,
): TermRow[] {
  const english = new Map<string, Node>((en?.[kind].edges ?? []).map(({ node }) => [node.id, node]));
  return (bg?.[kind].edges ?? []).map(({ node }) => {
    const other = english.get(node.id);
    return {
      id: node.id,
      slug: node.slug,
      version: node.version,
      bg: node.label,
      en: other?.localization.served === 'EN' ? other.label : '',
      practices: node.usage?.practices ?? 0,
      projects: node.usage?.projects ?? 0,
    };
  });
}

/** The order after moving the term at `index` one place up (-1) or down (+1); null at an end. */
export function moveTerm(ids: readonly string[], index: number, delta: -1 | 1): string[] | null {
  const to = index + delta;
  if (index < 0 || index >= ids.length || to < 0 || to >= ids.length) return null;
  const order = [...ids];
  [order[index], order[to]] = [order[to], order[index]];
  return order;
}

export interface TermFormValues {
  bg: string;
  en: string;
}

/** The label input of a create or update: an empty English label is left out, not sent as "". */
export function termLabelInput(values: TermFormValues): { bg: string; en?: string } {
  const en = values.en.trim();
  return en ? { bg: values.bg.trim(), en } : { bg: values.bg.trim() };
}
