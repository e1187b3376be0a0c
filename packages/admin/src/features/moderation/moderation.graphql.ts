import { graphql } from '../../gql';

export const QueueCountsFragment = graphql(`
  fragment QueueCounts on ModerationQueue {
    nominationCounts {
      pending
      approved
      rejected
      spam
    }
    proposalCounts {
      inReview
      draft
      published
      archived
      rejected
    }
  }
`);

/** Nominations in the queue, oldest first, with the counts of both tabs; titles in `locale`. */
export const ModerationNominationsQuery = graphql(`
  query ModerationNominations(
    $filter: ModerationQueueFilter
    $locale: Locale
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    moderationQueue(filter: $filter, locale: $locale) {
      ...QueueCounts
      nominations(first: $first, after: $after, last: $last, before: $before) {
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
            id
            createdAt
            status
            duplicate
            nominatorName
            nominatorOrganization
            nominatorEmail
            reason
            decidedAt
            moderationNote
            practice {
              id
              title
              slug
              localization {
                requested
              }
            }
          }
        }
      }
    }
  }
`);

/** Practices proposed by the public, oldest first, with the counts of both tabs; texts in `locale`. */
export const ModerationProposalsQuery = graphql(`
  query ModerationProposals(
    $filter: ModerationQueueFilter
    $locale: Locale
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    moderationQueue(filter: $filter, locale: $locale) {
      ...QueueCounts
      proposals(first: $first, after: $after, last: $last, before: $before) {
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
            id
            title
            slug
            status
            summary
            innovator
            localization {
              requested
            }
            municipalities {
              code
              nameBg
              nameEn
            }
            proposal {
              name
              email
              organization
              submittedAt
              reviewNote
            }
          }
        }
      }
    }
  }
`);

/** Practices to filter the queue by, found by title. */
export const ModerationPracticeOptionsQuery = graphql(`
  query ModerationPracticeOptions($search: String, $locale: Locale) {
    practices(filter: { search: $search }, first: 20, locale: $locale) {
      edges {
        node {
          id
          title
          localization {
            requested
          }
        }
      }
    }
  }
`);

/** The title of the practice the queue is filtered by. */
export const ModerationPracticeLabelQuery = graphql(`
  query ModerationPracticeLabel($id: ID!, $locale: Locale) {
    practice(id: $id, locale: $locale) {
      id
      title
      localization {
        requested
      }
    }
  }
`);

export const ModerateNominationsMutation = graphql(`
  mutation ModerateNominations(
    $ids: [ID!]!
    $decision: ModerationDecision!
    $note: String
    $blockSender: Boolean!
  ) {
    moderateNominations(ids: $ids, decision: $decision, note: $note, blockSender: $blockSender) {
      changed
      blockedSenders
      nominations {
        id
        status
        decidedAt
        moderationNote
      }
    }
  }
`);

export const ReviewProposalMutation = graphql(`
  mutation ReviewProposal($id: ID!, $decision: ProposalDecision!, $note: String, $blockSender: Boolean!) {
    reviewProposal(id: $id, decision: $decision, note: $note, blockSender: $blockSender) {
      id
      status
      localization {
        requested
      }
      proposal {
        reviewNote
      }
    }
  }
`);

/** Lifts the spam block on the addresses an email's submissions came from; false if none was blocked. */
export const UnblockSenderMutation = graphql(`
  mutation UnblockSender($email: String!) {
    unblockSender(email: $email)
  }
`);
