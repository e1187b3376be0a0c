import { graphql } from '../../gql';

/** A page of the audit log, newest first (admins). */
export const AuditLogQuery = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int, $after: String, $last: Int, $before: String) {
    auditLog(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        node {
          id
          at
          action
          entityType
          entityId
          details
          actor {
            kind
            userId
            name
          }
        }
      }
    }
  }
`);

/** The filters' choices: the types and actions the log holds, and the team. */
export const AuditChoicesQuery = graphql(`
  query AuditChoices {
    auditLogChoices {
      entityTypes
      actions
    }
    users {
      id
      name
    }
  }
`);
