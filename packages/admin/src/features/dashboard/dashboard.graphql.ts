import { graphql } from '../../gql';

/** Practices and projects per status: eight counts in one request. */
export const DashboardStatusCountsQuery = graphql(`
  query DashboardStatusCounts {
    practicesDraft: practices(first: 1, filter: { statuses: [DRAFT] }) {
      totalCount
    }
    practicesInReview: practices(first: 1, filter: { statuses: [IN_REVIEW] }) {
      totalCount
    }
    practicesPublished: practices(first: 1, filter: { statuses: [PUBLISHED] }) {
      totalCount
    }
    practicesArchived: practices(first: 1, filter: { statuses: [ARCHIVED] }) {
      totalCount
    }
    projectsDraft: projects(first: 1, filter: { statuses: [DRAFT] }) {
      totalCount
    }
    projectsInReview: projects(first: 1, filter: { statuses: [IN_REVIEW] }) {
      totalCount
    }
    projectsPublished: projects(first: 1, filter: { statuses: [PUBLISHED] }) {
      totalCount
    }
    projectsArchived: projects(first: 1, filter: { statuses: [ARCHIVED] }) {
      totalCount
    }
  }
`);

/** What waits for moderators (moderators and admins). */
export const DashboardModerationQuery = graphql(`
  query DashboardModeration {
    moderationQueue {
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
  }
`);

/** The ten latest changes (admins). */
export const DashboardAuditQuery = graphql(`
  query DashboardAudit {
    auditLog(first: 10) {
      totalCount
      edges {
        node {
          id
          at
          action
          entityType
          entityId
          actor {
            kind
            name
          }
        }
      }
    }
  }
`);

/**
 * The charts' figures, computed by the server over published content (`statistics`). The funder
 * is read without its id, so Apollo keeps each language's answer inside its own
 * `statistics(locale: …)` entry instead of sharing one normalized funder between languages.
 */
export const DashboardStatisticsQuery = graphql(`
  query DashboardStatistics($locale: Locale) {
    statistics(locale: $locale) {
      practiceCount
      projectCount
      peopleServed {
        total
        indicatorCount
        excludedIndicatorCount
        byTargetGroup {
          targetGroup {
            slug
            label
          }
          people
          indicatorCount
        }
      }
      projectsByFunder {
        funder {
          slug
          name
        }
        count
        budgetedCount
        budget {
          eur
        }
      }
      practicesByDistrict {
        district {
          code
          name
        }
        count
      }
      practicesByYear {
        year
        count
      }
      practicesByTheme {
        theme {
          slug
          label
        }
        count
      }
      adoptionsByDistrict {
        district {
          code
          name
        }
        count
        practiceCount
      }
    }
  }
`);

/** The programmes a coordinator coordinates, with their volunteers and hours. */
export const DashboardMyProgrammesQuery = graphql(`
  query DashboardMyProgrammes {
    me {
      id
      programmes {
        id
        name
        status
        volunteerCount
        hoursLogged
        localization {
          requested
        }
      }
    }
  }
`);
