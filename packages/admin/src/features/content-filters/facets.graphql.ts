import { graphql } from '../../gql';

/**
 * What the facets panel shows of a list's facets, spread into the practices' and projects' list
 * queries: the counts come with the page they belong to, under the same filter.
 */
export const ListFacetsFragment = graphql(`
  fragment ListFacets on Facets {
    statuses {
      value
      label
      count
    }
    districts {
      value
      label
      count
    }
    municipalities {
      value
      label
      count
    }
    themes {
      value
      label
      count
    }
    targetGroups {
      value
      label
      count
    }
    serviceTypes {
      value
      label
      count
    }
    organizationKinds {
      value
      label
      count
    }
    years {
      value
      label
      count
    }
    funders {
      value
      label
      count
    }
  }
`);
