import { graphql } from '../../gql';

/** Themes for pickers, labelled in the interface language. */
export const ThemeOptionsQuery = graphql(`
  query ThemeOptions($locale: Locale) {
    themes(first: 100, locale: $locale) {
      edges {
        node {
          id
          slug
          label
          localization {
            requested
          }
        }
      }
    }
  }
`);

/** Target groups for pickers and filters, labelled in the interface language. */
export const TargetGroupOptionsQuery = graphql(`
  query TargetGroupOptions($locale: Locale) {
    targetGroups(first: 100, locale: $locale) {
      edges {
        node {
          id
          slug
          label
          localization {
            requested
          }
        }
      }
    }
  }
`);
