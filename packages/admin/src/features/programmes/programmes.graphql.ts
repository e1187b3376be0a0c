import { graphql } from '../../gql';

export const VolunteerProgrammesQuery = graphql(`
  query VolunteerProgrammes(
    $filter: VolunteerProgrammeFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
    $locale: Locale
  ) {
    volunteerProgrammes(
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
          status
          volunteerCount
          hoursLogged
          localization {
            requested
          }
          organization {
            id
            name
            localization {
              requested
            }
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
export const VolunteerProgrammeEditFragment = graphql(`
  fragment VolunteerProgrammeEdit on VolunteerProgramme {
    id
    version
    status
    slug
    name
    description
    publishedAt
    updatedAt
    volunteerCount
    hoursLogged
    localization {
      requested
      served
      stale
      fallbackFields
    }
    organization {
      id
      name
      localization {
        requested
      }
    }
    project {
      id
      title
      localization {
        requested
      }
    }
    municipalities {
      code
    }
  }
`);

export const VolunteerProgrammeForEditQuery = graphql(`
  query VolunteerProgrammeForEdit($id: ID!, $locale: Locale!) {
    volunteerProgramme(id: $id, locale: $locale) {
      ...VolunteerProgrammeEdit
    }
  }
`);

export const CreateVolunteerProgrammeMutation = graphql(`
  mutation CreateVolunteerProgramme($input: CreateVolunteerProgrammeInput!) {
    createVolunteerProgramme(input: $input) {
      ...VolunteerProgrammeEdit
    }
  }
`);

export const UpdateVolunteerProgrammeMutation = graphql(`
  mutation UpdateVolunteerProgramme($input: UpdateVolunteerProgrammeInput!) {
    updateVolunteerProgramme(input: $input) {
      ...VolunteerProgrammeEdit
    }
  }
`);

export const DeleteVolunteerProgrammeMutation = graphql(`
  mutation DeleteVolunteerProgramme($id: ID!, $version: Int) {
    deleteVolunteerProgramme(id: $id, version: $version) {
      id
      version
    }
  }
`);

/** The programmes the signed-in user coordinates (`User.programmes`). */
export const MyProgrammesQuery = graphql(`
  query MyProgrammes($locale: Locale) {
    me {
      id
      programmes {
        id
        name
        status
        localization {
          requested
        }
      }
    }
    programmeOptions: volunteerProgrammes(first: 100, locale: $locale) {
      edges {
        node {
          id
          name
          status
          localization {
            requested
          }
        }
      }
    }
  }
`);

/** Projects for pickers, found by title. */
export const ProjectOptionsQuery = graphql(`
  query ProjectOptions($search: String, $locale: Locale) {
    projects(
      first: 20
      filter: { search: $search }
      locale: $locale
      orderBy: { field: TITLE, direction: ASC }
    ) {
      edges {
        node {
          id
          title
          status
          localization {
            requested
          }
        }
      }
    }
  }
`);
