import { graphql } from '../../gql';

export const PracticesQuery = graphql(`
  query Practices(
    $filter: PracticeFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
    $orderBy: PracticeOrderBy
    $locale: Locale
  ) {
    practices(
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
          publishedAt
          updatedAt
          localization {
            requested
          }
          municipalities {
            code
            nameBg
            nameEn
          }
        }
      }
    }
  }
`);

/** What the form edits, in one language: the form reads it twice (BG, then EN). */
export const PracticeEditFragment = graphql(`
  fragment PracticeEdit on Practice {
    id
    version
    status
    slug
    title
    summary
    background
    practice
    results
    publishedAt
    publishAt
    updatedAt
    innovator
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
    organization {
      id
      name
      localization {
        requested
      }
    }
    contact {
      person
      address
      phone
      email
      website
    }
    # No ids: these texts differ by language, so each read keeps its own (not one cache entry).
    indicators {
      ...IndicatorEdit
    }
    adoptions {
      year
      note
      municipality {
        code
      }
    }
  }
`);

export const PracticeForEditQuery = graphql(`
  query PracticeForEdit($id: ID!, $locale: Locale!) {
    practice(id: $id, locale: $locale) {
      ...PracticeEdit
    }
  }
`);

export const CreatePracticeMutation = graphql(`
  mutation CreatePractice($input: CreatePracticeInput!) {
    createPractice(input: $input) {
      ...PracticeEdit
    }
  }
`);

export const UpdatePracticeMutation = graphql(`
  mutation UpdatePractice($input: UpdatePracticeInput!) {
    updatePractice(input: $input) {
      ...PracticeEdit
    }
  }
`);
