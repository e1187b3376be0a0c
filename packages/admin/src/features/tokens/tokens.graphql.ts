import { graphql } from '../../gql';

export const ApiTokenFieldsFragment = graphql(`
  fragment ApiTokenFields on ApiToken {
    id
    name
    prefix
    allowedOrigins
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

/** Organizations and partner networks a token can be issued to, found by name. */
export const TokenOwnerOptionsQuery = graphql(`
  query TokenOwnerOptions($search: String, $locale: Locale) {
    organizations(filter: { search: $search }, first: 30, locale: $locale) {
      edges {
        node {
          id
          name
          localization {
            requested
          }
        }
      }
    }
    partnerNetworks(filter: { search: $search }, first: 30, locale: $locale) {
      edges {
        node {
          id
          name
          localization {
            requested
          }
        }
      }
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
