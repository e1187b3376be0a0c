import { ThemeOptionsQuery } from './taxonomy.graphql';
import { useTaxonomyOptions } from './useTaxonomyOptions';

/** Themes as picker options (slug → label in the interface language), and their labels by slug. */
export function useThemeOptions({ skip = false } = {}) {
  return useTaxonomyOptions(ThemeOptionsQuery, (data) => data.themes.edges, { skip });
}
