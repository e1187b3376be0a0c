import { graphql } from '../../gql';

/** What a job's progress and summary show; the job page polls it while the server works. */
export const ImportJobFieldsFragment = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    version
    kind
    status
    publish
    files
    processed
    total
    error
    createdAt
    finishedAt
    counts {
      create
      update
      unchanged
      conflict
      refused
    }
  }
`);

export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
      refusedFiles {
        origin
        problems {
          reason
          message
          args
          severity
        }
      }
    }
  }
`);

/** A page of a job's report, optionally of some outcomes only. */
export const ImportItemsQuery = graphql(`
  query ImportItems(
    $id: ID!
    $outcomes: [ImportOutcome!]
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    importJob(id: $id) {
      id
      items(outcomes: $outcomes, first: $first, after: $after, last: $last, before: $before) {
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
            title
            recordType
            origin
            outcome
            fields
            keptFields
            recordId
            problems {
              reason
              message
              args
              severity
            }
          }
        }
      }
    }
  }
`);

/** The latest imports, newest first. */
export const ImportJobsQuery = graphql(`
  query ImportJobs($first: Int) {
    importJobs(first: $first) {
      totalCount
      edges {
        node {
          ...ImportJobFields
        }
      }
    }
  }
`);

export const StartImportMutation = graphql(`
  mutation StartImport($input: StartImportInput!) {
    startImport(input: $input) {
      ...ImportJobFields
    }
  }
`);

export const ApplyImportMutation = graphql(`
  mutation ApplyImport($input: ApplyImportInput!) {
    applyImport(input: $input) {
      ...ImportJobFields
    }
  }
`);

export const CancelImportMutation = graphql(`
  mutation CancelImport($id: ID!) {
    cancelImport(id: $id) {
      ...ImportJobFields
    }
  }
`);
