import { graphql } from '../../gql';

/** Partner networks found by name (Bulgarian or English), for pickers. */
export const NetworkOptionsQuery = graphql(`
  query NetworkOptions($search: String, $first: Int!, $locale: Locale) {
    partnerNetworks(filter: { search: $search }, first: $first, locale: $locale) {
      edges {
        node {
          id
          name
          localization {
            requested
          }
        }
      }
    }
  }
`);
