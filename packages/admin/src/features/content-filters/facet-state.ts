import type { ListFacetsFragment } from '../../gql/graphql';
import { CONTENT_PARAM, type ContentListState, FUNDER_PARAM } from '../../shared/list/content-list-state';

/**
 * The facets beside the practice and project lists: which filter each one sets, what is ticked,
 * and which values show. Pure, so the rules are tested without rendering.
 */

export type FacetName = Exclude<keyof ListFacetsFragment, '__typename'>;
export type FacetCount = NonNullable<ListFacetsFragment[FacetName]>[number];

/** The panel's order: the editorial state first, then place, topic, who and when, then money. */
export const FACET_NAMES = [
  'statuses',
  'districts',
  'municipalities',
  'themes',
  'targetGroups',
  'serviceTypes',
  'organizationKinds',
  'years',
  'funders',
] as const satisfies readonly FacetName[];

/** The URL parameter of each facet's filter: the filter bar's own where it has one. */
export const FACET_PARAM: Record<FacetName, string> = {
  statuses: CONTENT_PARAM.statuses,
  districts: CONTENT_PARAM.districtCodes,
  municipalities: CONTENT_PARAM.municipalityCodes,
  themes: CONTENT_PARAM.themes,
  targetGroups: CONTENT_PARAM.targetGroups,
  serviceTypes: CONTENT_PARAM.serviceTypes,
  organizationKinds: CONTENT_PARAM.organizationKinds,
  years: CONTENT_PARAM.years,
  funders: FUNDER_PARAM,
};

/** A list state the facets read: the shared filters, and funders where the list has them. */
export type FacetListState = ContentListState & { funderIds?: readonly string[] };

/** What is ticked in each facet, as the facets' `value`s (years as text, like the counts). */
export function facetSelection(state: FacetListState): Record<FacetName, readonly string[]> {
  return {
    statuses: state.statuses,
    districts: state.districtCodes,
    municipalities: state.municipalityCodes,
    themes: state.themes,
    targetGroups: state.targetGroups,
    serviceTypes: state.serviceTypes,
    organizationKinds: state.organizationKinds,
    years: state.years.map(String),
    funders: state.funderIds ?? [],
  };
}

/** `selected` with `value` ticked or unticked (the order of ticking kept). */
export function toggleValue(selected: readonly string[], value: string, checked: boolean): string[] {
  const others = selected.filter((item) => item !== value);
  return checked ? [...others, value] : others;
}

/** The URL patch that ticks or unticks one value of a facet (the list goes back to its first page). */
export function facetPatch(
  facet: FacetName,
  selected: readonly string[],
  value: string,
  checked: boolean,
): Record<string, string[]> {
  return { [FACET_PARAM[facet]]: toggleValue(selected, value, checked) };
}

export interface FacetOption {
  value: string;
  /** The server's name for it; null for enums and years, and for a ticked value it no longer counts. */
  label: string | null;
  count: number;
  checked: boolean;
}

/**
 * A facet's checkboxes: the server's counts (most first), and every ticked value, also one the
 * other filters leave at nothing (the server leaves it out), so it can still be unticked.
 */
export function facetOptions(counts: readonly FacetCount[], selected: readonly string[]): FacetOption[] {
  const counted = new Set(counts.map((count) => count.value));
  return [
    ...counts.map(({ value, label, count }) => ({ value, label, count, checked: selected.includes(value) })),
    ...selected
      .filter((value) => !counted.has(value))
      .map((value) => ({ value, label: null, count: 0, checked: true })),
  ];
}

/** How many values a long facet shows before "show all". */
export const FACET_LIMIT = 8;

/**
 * The options in view: all when expanded or short, else the first `limit` and any ticked one after
 * them (what is chosen is always in view); `hidden` is how many "show all" adds.
 */
export function visibleOptions(
  options: readonly FacetOption[],
  expanded: boolean,
  limit = FACET_LIMIT,
): { shown: FacetOption[]; hidden: number } {
  if (expanded || options.length <= limit) return { shown: [...options], hidden: 0 };
  const shown = options.filter((option, index) => index < limit || option.checked);
  return { shown, hidden: options.length - shown.length };
}
