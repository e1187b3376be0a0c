import { graphql } from '../../gql';

export const PartnerNetworksQuery = graphql(`
  query PartnerNetworks(
    $filter: PartnerNetworkFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
    $locale: Locale
  ) {
    partnerNetworks(
      filter: $filter
      first: $first
      after: $after
      last: $last
      before: $before
      locale: $locale
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          slug
          scope
          updatedAt
          localization {
            requested
          }
          coordinator {
            id
            name
            localization {
              requested
            }
          }
          memberships {
            id
            joinedOn
            leftOn
          }
        }
      }
    }
  }
`);

/** What the form edits, in one language: the form reads it twice (BG, then EN). */
export const PartnerNetworkEditFragment = graphql(`
  fragment PartnerNetworkEdit on PartnerNetwork {
    id
    version
    slug
    name
    description
    scope
    updatedAt
    localization {
      requested
      served
      stale
      fallbackFields
    }
    coordinator {
      id
      name
      localization {
        requested
      }
    }
    memberships {
      id
      role
      joinedOn
      leftOn
      organization {
        id
        name
        localization {
          requested
        }
      }
    }
  }
`);

export const PartnerNetworkForEditQuery = graphql(`
  query PartnerNetworkForEdit($id: ID!, $locale: Locale!) {
    partnerNetwork(id: $id, locale: $locale) {
      ...PartnerNetworkEdit
    }
  }
`);

export const CreatePartnerNetworkMutation = graphql(`
  mutation CreatePartnerNetwork($input: CreatePartnerNetworkInput!) {
    createPartnerNetwork(input: $input) {
      ...PartnerNetworkEdit
    }
  }
`);

export const UpdatePartnerNetworkMutation = graphql(`
  mutation UpdatePartnerNetwork($input: UpdatePartnerNetworkInput!) {
    updatePartnerNetwork(input: $input) {
      ...PartnerNetworkEdit
    }
  }
`);

export const DeletePartnerNetworkMutation = graphql(`
  mutation DeletePartnerNetwork($id: ID!, $version: Int) {
    deletePartnerNetwork(id: $id, version: $version) {
      id
      version
    }
  }
`);
