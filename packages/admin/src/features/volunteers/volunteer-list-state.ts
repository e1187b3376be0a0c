import type { VettingStatus, VolunteersQueryVariables } from '../../gql/graphql';
import type { ListUrlKeys } from '../../shared/list/useListUrlState';
import { type Cursor, pageArgs, readCursor, readList, readText } from '../../shared/url-state';

export const VETTING_STATUSES = [
  'NOT_STARTED',
  'IN_PROGRESS',
  'APPROVED',
  'REJECTED',
] as const satisfies readonly VettingStatus[];

export const VOLUNTEERS_PAGE_SIZE = 20;

/** URL parameters: `?q=…&programme=<id>,<id>&vetting=APPROVED&municipality=PDV26`. */
export const VOLUNTEER_PARAM = {
  search: 'q',
  programmeIds: 'programme',
  vettingStatuses: 'vetting',
  municipalityCodes: 'municipality',
} as const;

/** The search and what "clear filters" removes with it: every filter. */
export const VOLUNTEER_LIST_KEYS: ListUrlKeys = {
  search: VOLUNTEER_PARAM.search,
  filters: [VOLUNTEER_PARAM.programmeIds, VOLUNTEER_PARAM.vettingStatuses, VOLUNTEER_PARAM.municipalityCodes],
};

export interface VolunteerListState extends Cursor {
  search: string;
  programmeIds: string[];
  vettingStatuses: VettingStatus[];
  municipalityCodes: string[];
}

const isVetting = (value: string): value is VettingStatus =>
  (VETTING_STATUSES as readonly string[]).includes(value);
/** Record ids are UUIDs; anything else in the URL is ignored (the server would refuse it). */
const isId = (value: string): value is string =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
/** NSI municipality codes: three capitals and two digits, e.g. PDV26. */
const isMunicipalityCode = (value: string): value is string => /^[A-Z]{3}\d{2}$/.test(value);

export function readVolunteerListState(params: URLSearchParams): VolunteerListState {
  return {
    search: readText(params, VOLUNTEER_PARAM.search),
    programmeIds: readList(params, VOLUNTEER_PARAM.programmeIds, isId),
    vettingStatuses: readList(params, VOLUNTEER_PARAM.vettingStatuses, isVetting),
    municipalityCodes: readList(params, VOLUNTEER_PARAM.municipalityCodes, isMunicipalityCode),
    ...readCursor(params),
  };
}

export function hasVolunteerFilters(state: VolunteerListState): boolean {
  return Boolean(
    state.search ||
    state.programmeIds.length ||
    state.vettingStatuses.length ||
    state.municipalityCodes.length,
  );
}

/** The `volunteers` variables for a list state. */
export function volunteersVariables(
  state: VolunteerListState,
  pageSize = VOLUNTEERS_PAGE_SIZE,
): VolunteersQueryVariables {
  const filter: NonNullable<VolunteersQueryVariables['filter']> = {};
  if (state.search) filter.search = state.search;
  if (state.programmeIds.length) filter.programmeIds = state.programmeIds;
  if (state.vettingStatuses.length) filter.vettingStatuses = state.vettingStatuses;
  if (state.municipalityCodes.length) filter.municipalityCodes = state.municipalityCodes;
  return { ...pageArgs(state, pageSize), filter };
}
