import { ORGANIZATION_KINDS } from '../organization-kinds';
import type { ContentStatus, OrganizationKind } from '../../gql/graphql';
import { type Cursor, readCursor, readDay, readList, readText } from '../url-state';

/**
 * The filters practices and projects share in their URL and their query:
 * `?q=…&status=DRAFT&district=PDV&municipality=PDV26&theme=…&target=…&from=2019-01-01&to=…`,
 * and the two only the facets set: `&kind=NGO&year=2015,2016`. Each list adds its own order (and
 * projects their funders).
 */

/** Every status, in workflow order. */
export const CONTENT_STATUSES = [
  'DRAFT',
  'IN_REVIEW',
  'PUBLISHED',
  'ARCHIVED',
] as const satisfies readonly ContentStatus[];

/** URL parameter names of the shared filters. */
export const CONTENT_PARAM = {
  search: 'q',
  statuses: 'status',
  districtCodes: 'district',
  municipalityCodes: 'municipality',
  themes: 'theme',
  targetGroups: 'target',
  serviceTypes: 'service',
  activeFrom: 'from',
  activeTo: 'to',
  organizationKinds: 'kind',
  years: 'year',
} as const;

/** The projects list's funders, in its URL and its funders facet (practices have none). */
export const FUNDER_PARAM = 'funder';

/** What "clear filters" removes besides the search. */
export const CONTENT_FILTER_KEYS: readonly string[] = Object.values(CONTENT_PARAM).filter(
  (key) => key !== CONTENT_PARAM.search,
);

export interface ContentListState extends Cursor {
  search: string;
  statuses: ContentStatus[];
  districtCodes: string[];
  municipalityCodes: string[];
  themes: string[];
  targetGroups: string[];
  serviceTypes: string[];
  /** Calendar days "2020-12-31": the period overlaps [activeFrom, activeTo]. */
  activeFrom: string | null;
  activeTo: string | null;
  /** Set from the facets only (no field of their own in the filter bar). */
  organizationKinds: OrganizationKind[];
  /** Of the period's start, else of publication, as the server's `years` filter and facet count them. */
  years: number[];
}

/** The part of `PracticeFilter` and `ProjectFilter` the shared filters fill. */
export interface ContentFilter {
  search?: string;
  statuses?: ContentStatus[];
  districtCodes?: string[];
  municipalityCodes?: string[];
  themes?: string[];
  targetGroups?: string[];
  serviceTypes?: string[];
  activeFrom?: string;
  activeTo?: string;
  organizationKinds?: OrganizationKind[];
  years?: number[];
}

const isStatus = (value: string): value is ContentStatus =>
  (CONTENT_STATUSES as readonly string[]).includes(value);
/** NSI codes: districts are three capitals (PDV), municipalities add two digits (PDV26). */
const isDistrictCode = (value: string): value is string => /^[A-Z]{3}$/.test(value);
const isMunicipalityCode = (value: string): value is string => /^[A-Z]{3}\d{2}$/.test(value);
/** Theme and target-group slugs are Latin, lower case, with hyphens. */
const isSlug = (value: string): value is string => /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value);
const isOrganizationKind = (value: string): value is OrganizationKind =>
  (ORGANIZATION_KINDS as readonly string[]).includes(value);
/** Four digits: the URL carries years as text, the query as numbers. */
const isYear = (value: string): value is string => /^[12]\d{3}$/.test(value);

/** The shared filters and the cursor, dropping values the server would refuse. */
export function readContentListState(params: URLSearchParams): ContentListState {
  return {
    search: readText(params, CONTENT_PARAM.search),
    statuses: readList(params, CONTENT_PARAM.statuses, isStatus),
    districtCodes: readList(params, CONTENT_PARAM.districtCodes, isDistrictCode),
    municipalityCodes: readList(params, CONTENT_PARAM.municipalityCodes, isMunicipalityCode),
    themes: readList(params, CONTENT_PARAM.themes, isSlug),
    targetGroups: readList(params, CONTENT_PARAM.targetGroups, isSlug),
    serviceTypes: readList(params, CONTENT_PARAM.serviceTypes, isSlug),
    activeFrom: readDay(params, CONTENT_PARAM.activeFrom),
    activeTo: readDay(params, CONTENT_PARAM.activeTo),
    organizationKinds: readList(params, CONTENT_PARAM.organizationKinds, isOrganizationKind),
    years: readList(params, CONTENT_PARAM.years, isYear).map(Number),
    ...readCursor(params),
  };
}

/** How many of the filters behind "more filters" are set (counted on its toggle). */
export function moreFilterCount(state: ContentListState): number {
  return [
    state.municipalityCodes.length,
    state.themes.length,
    state.targetGroups.length,
    state.serviceTypes.length,
    state.activeFrom ? 1 : 0,
    state.activeTo ? 1 : 0,
  ].filter((n) => n > 0).length;
}

export function hasContentFilters(state: ContentListState): boolean {
  return (
    state.search !== '' ||
    state.statuses.length > 0 ||
    state.districtCodes.length > 0 ||
    state.organizationKinds.length > 0 ||
    state.years.length > 0 ||
    moreFilterCount(state) > 0
  );
}

/** The query filter for the shared part of a list state: only what is set. */
export function contentFilter(state: ContentListState): ContentFilter {
  const filter: ContentFilter = {};
  if (state.search) filter.search = state.search;
  if (state.statuses.length) filter.statuses = state.statuses;
  if (state.districtCodes.length) filter.districtCodes = state.districtCodes;
  if (state.municipalityCodes.length) filter.municipalityCodes = state.municipalityCodes;
  if (state.themes.length) filter.themes = state.themes;
  if (state.targetGroups.length) filter.targetGroups = state.targetGroups;
  if (state.serviceTypes.length) filter.serviceTypes = state.serviceTypes;
  if (state.activeFrom) filter.activeFrom = state.activeFrom;
  if (state.activeTo) filter.activeTo = state.activeTo;
  if (state.organizationKinds.length) filter.organizationKinds = state.organizationKinds;
  if (state.years.length) filter.years = state.years;
  return filter;
}
