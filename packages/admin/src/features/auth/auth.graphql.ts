import { graphql } from '../../gql';

export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    name
    email
    roles
    language
  }
`);

/** Who is signed in: null for nobody. */
export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionUser
    }
  }
`);

/** Sets the httpOnly session cookie. */
export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionUser
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);
