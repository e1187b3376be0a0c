import { graphql } from '../../gql';

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    name
    email
    roles
    active
    lastSignInAt
    version
    programmes {
      id
      name
    }
  }
`);

export const UsersQuery = graphql(`
  query Users {
    users {
      ...UserFields
    }
  }
`);

/** The link is in the answer only when it was not e-mailed: it is never shown again. */
export const InviteUserMutation = graphql(`
  mutation InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      link
      emailed
      user {
        ...UserFields
      }
    }
  }
`);

export const ResetUserPasswordMutation = graphql(`
  mutation ResetUserPassword($id: ID!) {
    resetUserPassword(id: $id) {
      link
      emailed
      user {
        ...UserFields
      }
    }
  }
`);

export const SetUserActiveMutation = graphql(`
  mutation SetUserActive($id: ID!, $version: Int!, $active: Boolean!) {
    updateUser(input: { id: $id, version: $version, active: $active }) {
      ...UserFields
    }
  }
`);

/** Roles and a coordinator's programmes (`roles`, `programmeIds`). */
export const UpdateUserAccessMutation = graphql(`
  mutation UpdateUserAccess($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...UserFields
    }
  }
`);

/** Programmes to choose a coordinator's from (the first 100, by name). */
export const ProgrammeChoicesQuery = graphql(`
  query ProgrammeChoices($locale: Locale) {
    volunteerProgrammes(first: 100, locale: $locale) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);
