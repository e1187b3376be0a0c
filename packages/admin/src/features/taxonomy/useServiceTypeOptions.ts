import { ServiceTypeOptionsQuery } from './taxonomy.graphql';
import { useTaxonomyOptions } from './useTaxonomyOptions';

/** Service types as picker options (slug → label in the interface language), and their labels by slug. */
export function useServiceTypeOptions({ skip = false } = {}) {
  return useTaxonomyOptions(ServiceTypeOptionsQuery, (data) => data.serviceTypes.edges, { skip });
}
