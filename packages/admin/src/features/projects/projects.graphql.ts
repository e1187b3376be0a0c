import { graphql } from '../../gql';

export const ProjectsQuery = graphql(`
  query Projects(
    $filter: ProjectFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
    $orderBy: ProjectOrderBy
    $locale: Locale
  ) {
    projects(
      filter: $filter
      first: $first
      after: $after
      last: $last
      before: $before
      orderBy: $orderBy
      locale: $locale
    ) {
      totalCount
      facets {
        ...ListFacets
      }
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
          title
          slug
          status
          updatedAt
          localization {
            requested
          }
          period {
            from
            to
            precision
          }
          budget {
            amount
            currency
            amountEur
          }
          leadOrganization {
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

/** What the form edits, in one language: the form reads it twice (BG, then EN). */
export const ProjectEditFragment = graphql(`
  fragment ProjectEdit on Project {
    id
    version
    status
    slug
    title
    summary
    generalGoal
    specificObjectives
    programmes {
      name
      description
    }
    activities {
      name
      description
    }
    expectedResults
    fundingProgramme
    referenceNumber
    publishedAt
    publishAt
    updatedAt
    localization {
      requested
      served
      stale
      fallbackFields
    }
    period {
      from
      to
      precision
    }
    budget {
      amount
      currency
    }
    grant {
      amount
      currency
    }
    implementationStatus
    contractDate
    funder {
      id
      name
      localization {
        requested
      }
    }
    leadOrganization {
      id
      name
      localization {
        requested
      }
    }
    partners {
      id
      role
      position
      organization {
        id
        name
        localization {
          requested
        }
      }
    }
    municipalities {
      code
    }
    themes {
      id
      slug
      localization {
        requested
      }
    }
    targetGroups {
      id
      slug
      localization {
        requested
      }
    }
    serviceTypes {
      id
      slug
      localization {
        requested
      }
    }
    # No ids: these texts differ by language, so each read keeps its own (not one cache entry).
    indicators {
      ...IndicatorEdit
    }
    documents {
      title
      url
    }
  }
`);

export const ProjectForEditQuery = graphql(`
  query ProjectForEdit($id: ID!, $locale: Locale!) {
    project(id: $id, locale: $locale) {
      ...ProjectEdit
    }
  }
`);

export const CreateProjectMutation = graphql(`
  mutation CreateProject($input: CreateProjectInput!) {
    createProject(input: $input) {
      ...ProjectEdit
    }
  }
`);

export const UpdateProjectMutation = graphql(`
  mutation UpdateProject($input: UpdateProjectInput!) {
    updateProject(input: $input) {
      ...ProjectEdit
    }
  }
`);
