import { graphql } from '../../gql';

/** Deleted records of one type, last deleted first. */
export const TrashQuery = graphql(`
  query Trash($entityType: ContentType!, $first: Int, $after: String, $last: Int, $before: String) {
    trash(entityType: $entityType, first: $first, after: $after, last: $last, before: $before) {
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
          entityType
          id
          title
          version
          deletedAt
          deletedBy {
            kind
            userId
            name
          }
        }
      }
    }
  }
`);

export const RestoreFromTrashMutation = graphql(`
  mutation RestoreFromTrash($entityType: ContentType!, $id: ID!) {
    restoreFromTrash(entityType: $entityType, id: $id) {
      id
      entityId
      version
    }
  }
`);

export const PurgeMutation = graphql(`
  mutation Purge($entityType: ContentType!, $id: ID!) {
    purge(entityType: $entityType, id: $id) {
      entityType
      id
    }
  }
`);
