/**
 * The filters shared by the practice and project lists (place, district, theme, target group) and
 * the facets beside them: a feature of its own because it composes geography and taxonomy, which
 * shared/ may not import.
 */
export { ContentFilters, whileEmpty } from './ContentFilters';
export { DistrictFilter } from './DistrictFilter';
export { FacetsPanel } from './FacetsPanel';
