import { graphql } from '../../gql';

/** The 28 districts, in NSI order. */
export const DistrictsQuery = graphql(`
  query Districts {
    districts(first: 100) {
      edges {
        node {
          code
          nameBg
          nameEn
        }
      }
    }
  }
`);

/** One page of the 265 municipalities (the server caps pages at 100). */
export const MunicipalitiesPageQuery = graphql(`
  query MunicipalitiesPage($first: Int!, $after: String) {
    municipalities(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          code
          nameBg
          nameEn
          aliases
          district {
            code
            nameBg
            nameEn
          }
        }
      }
    }
  }
`);
