import { graphql } from '../../gql';

export const VolunteerAssignmentRowFragment = graphql(`
  fragment VolunteerAssignmentRow on VolunteerAssignment {
    id
    version
    role
    startsOn
    endsOn
    hoursLogged
    programme {
      id
      name
      localization {
        requested
      }
    }
  }
`);

/** A volunteer as the roster and the volunteer page show it; `contact` is null when hidden. */
export const VolunteerDetailFragment = graphql(`
  fragment VolunteerDetail on Volunteer {
    id
    version
    name
    skills
    availability
    consentGivenAt
    vettingStatus
    updatedAt
    contact {
      email
      phone
    }
    municipality {
      code
      nameBg
      nameEn
    }
    assignments {
      ...VolunteerAssignmentRow
    }
  }
`);

export const VolunteersQuery = graphql(`
  query Volunteers($filter: VolunteerFilter, $first: Int, $after: String, $last: Int, $before: String) {
    volunteers(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
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
          ...VolunteerDetail
        }
      }
    }
  }
`);

/** One volunteer; NOT_FOUND when unknown, deleted or out of the coordinator's programmes. */
export const VolunteerQuery = graphql(`
  query Volunteer($id: ID!) {
    volunteer(id: $id) {
      ...VolunteerDetail
    }
  }
`);

/** Everything stored about a volunteer (GDPR right of access); audited by the server. */
export const ExportVolunteerDataQuery = graphql(`
  query ExportVolunteerData($id: ID!) {
    exportVolunteerData(id: $id)
  }
`);

export const CreateVolunteerMutation = graphql(`
  mutation CreateVolunteer($input: CreateVolunteerInput!) {
    createVolunteer(input: $input) {
      ...VolunteerDetail
    }
  }
`);

export const UpdateVolunteerMutation = graphql(`
  mutation UpdateVolunteer($input: UpdateVolunteerInput!) {
    updateVolunteer(input: $input) {
      ...VolunteerDetail
    }
  }
`);

export const DeleteVolunteerMutation = graphql(`
  mutation DeleteVolunteer($id: ID!, $version: Int) {
    deleteVolunteer(id: $id, version: $version) {
      id
      version
    }
  }
`);

export const EraseVolunteerMutation = graphql(`
  mutation EraseVolunteer($id: ID!) {
    eraseVolunteer(id: $id) {
      ...VolunteerDetail
    }
  }
`);

export const CreateVolunteerAssignmentMutation = graphql(`
  mutation CreateVolunteerAssignment($input: CreateVolunteerAssignmentInput!) {
    createVolunteerAssignment(input: $input) {
      ...VolunteerAssignmentRow
    }
  }
`);

export const UpdateVolunteerAssignmentMutation = graphql(`
  mutation UpdateVolunteerAssignment($input: UpdateVolunteerAssignmentInput!) {
    updateVolunteerAssignment(input: $input) {
      ...VolunteerAssignmentRow
    }
  }
`);

export const DeleteVolunteerAssignmentMutation = graphql(`
  mutation DeleteVolunteerAssignment($id: ID!, $version: Int) {
    deleteVolunteerAssignment(id: $id, version: $version) {
      id
      version
    }
  }
`);
