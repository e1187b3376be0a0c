import { graphql } from '../../gql';

export const UserFieldsFragment = graphql(`
  fragment UserFields on User {
    id
    name
    email
    roles
    active
    lastSignInAt
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
  mutation SetUserActive($id: ID!, $active: Boolean!) {
    updateUser(input: { id: $id, active: $active }) {
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
