import { graphql } from '../../gql';

export const MyAccountQuery = graphql(`
  query MyAccount {
    me {
      id
      name
      email
      language
    }
    sessions {
      id
      current
      createdAt
      lastSeenAt
      expiresAt
      revokedAt
      userAgent
    }
  }
`);

export const ChangeMyPasswordMutation = graphql(`
  mutation ChangeMyPassword($input: ChangeMyPasswordInput!) {
    changeMyPassword(input: $input) {
      id
    }
  }
`);

export const UpdateMyLanguageMutation = graphql(`
  mutation UpdateMyLanguage($language: Locale!) {
    updateMyAccount(input: { language: $language }) {
      id
      language
    }
  }
`);

export const EndSessionMutation = graphql(`
  mutation EndSession($id: ID!) {
    revokeSession(id: $id) {
      id
      revokedAt
    }
  }
`);

/** Signs in with the one-time link's token (the session cookie is set by the answer). */
export const SetPasswordMutation = graphql(`
  mutation SetPassword($input: SetPasswordInput!) {
    setPassword(input: $input) {
      ...SessionUser
    }
  }
`);
