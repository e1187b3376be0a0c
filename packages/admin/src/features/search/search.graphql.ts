import { graphql } from '../../gql';

/**
 * The global search box: one ranked page across practices, projects, organizations and partner
 * networks, grouped by type in the box. `localization { requested }` keeps the records under their
 * per-language cache ids, as everywhere else they are read.
 */
export const GlobalSearchQuery = graphql(`
  query GlobalSearch($query: String!, $locale: Locale, $first: Int) {
    search(query: $query, locale: $locale, first: $first) {
      totalCount
      edges {
        cursor
        highlights {
          field
          snippet
        }
        node {
          __typename
          ... on Practice {
            id
            title
            status
            localization {
              requested
            }
          }
          ... on Project {
            id
            title
            status
            localization {
              requested
            }
          }
          ... on Organization {
            id
            name
            localization {
              requested
            }
          }
          ... on PartnerNetwork {
            id
            name
            localization {
              requested
            }
          }
        }
      }
    }
  }
`);
