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

/** One page of practices with what the charts count: districts and indicators. */
export const DashboardPracticesPageQuery = graphql(`
  query DashboardPracticesPage($first: Int!, $after: String, $filter: PracticeFilter, $locale: Locale) {
    practices(first: $first, after: $after, filter: $filter, locale: $locale) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          localization {
            requested
          }
          municipalities {
            code
            district {
              code
              nameBg
              nameEn
            }
          }
          indicators {
            id
            label
            value
            unit
            targetGroup {
              id
              slug
              label
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

/** One page of projects with what the charts count: funder, budget in EUR and indicators. */
export const DashboardProjectsPageQuery = graphql(`
  query DashboardProjectsPage($first: Int!, $after: String, $filter: ProjectFilter, $locale: Locale) {
    projects(first: $first, after: $after, filter: $filter, locale: $locale) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          localization {
            requested
          }
          budget {
            amountEur
          }
          funder {
            id
            name
            localization {
              requested
            }
          }
          indicators {
            id
            label
            value
            unit
            targetGroup {
              id
              slug
              label
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
