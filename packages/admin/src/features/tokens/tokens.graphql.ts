import { graphql } from '../../gql';

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    allowedOrigins
    scope
    quotaPerMinute
    quotaPerDay
    createdAt
    expiresAt
    lastUsedAt
    revokedAt
    organization {
      id
      name
      localization {
        requested
      }
    }
    network {
      id
      name
      localization {
        requested
      }
    }
  }
`);

export const ApiTokensQuery = graphql(`
  query ApiTokens {
    apiTokens {
      ...ApiTokenFields
    }
  }
`);

/** The token itself is in the answer only: it is never shown again. */
export const CreateApiTokenMutation = graphql(`
  mutation CreateApiToken($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      token
      apiToken {
        ...ApiTokenFields
      }
    }
  }
`);

export const RevokeApiTokenMutation = graphql(`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      ...ApiTokenFields
    }
  }
`);
