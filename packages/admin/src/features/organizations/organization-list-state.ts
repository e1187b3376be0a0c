import type { OrganizationKind, OrganizationOrderBy, OrganizationsQueryVariables } from '../../gql/graphql';
import type { ListUrlKeys } from '../../shared/list/useListUrlState';
import { ORGANIZATION_KINDS } from '../../shared/organization-kinds';
import { type Cursor, pageArgs, readChoice, readCursor, readList, readText } from '../../shared/url-state';

export { ORGANIZATION_KINDS };

export const ORGANIZATION_SORTS = ['name', 'updated', 'created'] as const;
export type OrganizationSort = (typeof ORGANIZATION_SORTS)[number];

export const ORGANIZATIONS_PAGE_SIZE = 25;

const ORDER: Record<OrganizationSort, OrganizationOrderBy> = {
  name: { field: 'NAME', direction: 'ASC' },
  updated: { field: 'UPDATED_AT', direction: 'DESC' },
  created: { field: 'CREATED_AT', direction: 'DESC' },
};

/** What the organizations list shows, as read from its URL. */
export interface OrganizationListState extends Cursor {
  search: string;
  kinds: OrganizationKind[];
  districtCodes: string[];
  sort: OrganizationSort;
}

export const isOrganizationKind = (value: string): value is OrganizationKind =>
  (ORGANIZATION_KINDS as readonly string[]).includes(value);
const isDistrictCode = (value: string): value is string => /^[A-Z]{3}$/.test(value);

/** URL parameter names: `?q=…&kind=NGO,FUNDER&district=PDV&sort=updated`. */
export const ORGANIZATION_PARAM = {
  search: 'q',
  kinds: 'kind',
  districtCodes: 'district',
  sort: 'sort',
} as const;

/** The search and what "clear filters" removes with it (the order stays). */
export const ORGANIZATION_LIST_KEYS: ListUrlKeys = {
  search: ORGANIZATION_PARAM.search,
  filters: [ORGANIZATION_PARAM.kinds, ORGANIZATION_PARAM.districtCodes],
};

export function readOrganizationListState(params: URLSearchParams): OrganizationListState {
  return {
    search: readText(params, ORGANIZATION_PARAM.search),
    kinds: readList(params, ORGANIZATION_PARAM.kinds, isOrganizationKind),
    districtCodes: readList(params, ORGANIZATION_PARAM.districtCodes, isDistrictCode),
    sort: readChoice(params, ORGANIZATION_PARAM.sort, ORGANIZATION_SORTS, 'name'),
    ...readCursor(params),
  };
}

export function hasActiveOrganizationFilters(state: OrganizationListState): boolean {
  return state.search !== '' || state.kinds.length > 0 || state.districtCodes.length > 0;
}

/** The `organizations` query's variables for a list state, in the interface's content language. */
export function organizationsVariables(
  state: OrganizationListState,
  locale: 'BG' | 'EN',
  pageSize = ORGANIZATIONS_PAGE_SIZE,
): OrganizationsQueryVariables {
  const filter: NonNullable<OrganizationsQueryVariables['filter']> = {};
  if (state.search) filter.search = state.search;
  if (state.kinds.length) filter.kinds = state.kinds;
  if (state.districtCodes.length) filter.districtCodes = state.districtCodes;
  return { ...pageArgs(state, pageSize), filter, orderBy: ORDER[state.sort], locale };
}
