import { TargetGroupOptionsQuery } from './taxonomy.graphql';
import { useTaxonomyOptions } from './useTaxonomyOptions';

/** Target groups as picker options (slug → label in the interface language), and their labels by slug. */
export function useTargetGroupOptions({ skip = false } = {}) {
  return useTaxonomyOptions(TargetGroupOptionsQuery, (data) => data.targetGroups.edges, { skip });
}
