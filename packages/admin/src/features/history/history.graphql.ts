import { graphql } from '../../gql';

export const RevisionFieldsFragment = graphql(`
  fragment RevisionFields on Revision {
    id
    entityType
    entityId
    version
    action
    changedFields
    createdAt
    author {
      kind
      userId
      name
    }
  }
`);

/** Revisions of one record, newest first; the snapshot gives the record's title. */
export const RevisionsQuery = graphql(`
  query Revisions($entityType: ContentType!, $id: ID!, $first: Int, $after: String) {
    revisions(entityType: $entityType, id: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...RevisionFields
          snapshot
        }
      }
    }
  }
`);

export const RevisionDiffQuery = graphql(`
  query RevisionDiff($fromId: ID!, $toId: ID!) {
    revisionDiff(fromId: $fromId, toId: $toId) {
      entityType
      entityId
      from {
        ...RevisionFields
      }
      to {
        ...RevisionFields
      }
      changes {
        field
        before
        after
      }
    }
  }
`);

/** `version` is the record's current version: a stale one is refused with CONFLICT. */
export const RestoreRevisionMutation = graphql(`
  mutation RestoreRevision($id: ID!, $version: Int) {
    restoreRevision(id: $id, version: $version) {
      ...RevisionFields
    }
  }
`);
