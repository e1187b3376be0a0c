import { graphql } from '../../gql';

export const OrganizationsQuery = graphql(`
  query Organizations(
    $filter: OrganizationFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
    $orderBy: OrganizationOrderBy
    $locale: Locale
  ) {
    organizations(
      filter: $filter
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: $orderBy
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
          kind
          updatedAt
          localization {
            requested
          }
          contact {
            email
            website
          }
          municipality {
            code
            nameBg
            nameEn
          }
        }
      }
    }
  }
`);

/** Organizations for pickers (funder, lead organization, partners), by name. */
export const OrganizationPickerQuery = graphql(`
  query OrganizationPicker($filter: OrganizationFilter, $first: Int, $locale: Locale) {
    organizations(filter: $filter, first: $first, locale: $locale) {
      totalCount
      edges {
        node {
          id
          name
          kind
          localization {
            requested
          }
        }
      }
    }
  }
`);

/** What the form edits, in one language: the form reads it twice (BG, then EN). */
export const OrganizationEditFragment = graphql(`
  fragment OrganizationEdit on Organization {
    id
    version
    name
    slug
    kind
    description
    updatedAt
    localization {
      requested
      served
      stale
      fallbackFields
    }
    contact {
      person
      address
      phone
      email
      website
    }
    municipality {
      code
    }
  }
`);

export const OrganizationForEditQuery = graphql(`
  query OrganizationForEdit($id: ID!, $locale: Locale!) {
    organization(id: $id, locale: $locale) {
      ...OrganizationEdit
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...OrganizationEdit
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      ...OrganizationEdit
    }
  }
`);
