import type {
  Locale,
  ModerationQueueFilter,
  NominationStatus,
  ProposalDecision,
  ProposalStatus,
} from '../../gql/graphql';
import { endOfSofiaDay, startOfSofiaDay } from '../../shared/sofia-day';
import {
  type Cursor,
  pageArgs,
  readChoice,
  readCursor,
  readDay,
  readText,
  writeParams,
} from '../../shared/url-state';

export const MODERATION_TABS = ['nominations', 'proposals'] as const;
export type ModerationTab = (typeof MODERATION_TABS)[number];

/** Nomination statuses in the order moderators work through them. */
export const NOMINATION_STATUSES = [
  'PENDING',
  'APPROVED',
  'REJECTED',
  'SPAM',
] as const satisfies readonly NominationStatus[];

export const PROPOSAL_STATUSES = [
  'IN_REVIEW',
  'DRAFT',
  'PUBLISHED',
  'ARCHIVED',
  'REJECTED',
] as const satisfies readonly ProposalStatus[];

export const QUEUE_PAGE_SIZE = 25;

/** URL parameters: `?tab=proposals&status=DRAFT&from=2025-01-01&to=2025-01-31&dup=1&practice=<id>`. */
export const PARAM = {
  tab: 'tab',
  status: 'status',
  practice: 'practice',
  from: 'from',
  to: 'to',
  duplicate: 'dup',
} as const;

/** What the moderation queue shows, as read from its URL. */
export interface ModerationState extends Cursor {
  tab: ModerationTab;
  /** The status shown on the nominations tab. */
  nominationStatus: NominationStatus;
  /** The status shown on the proposals tab. */
  proposalStatus: ProposalStatus;
  /** Nominations of one practice only. */
  practiceId: string | null;
  /** Calendar days (Sofia time), both included. */
  from: string | null;
  to: string | null;
  duplicatesOnly: boolean;
}

export function readModerationState(params: URLSearchParams): ModerationState {
  const tab = readChoice(params, PARAM.tab, MODERATION_TABS, 'nominations');
  const from = readDay(params, PARAM.from);
  let to = readDay(params, PARAM.to);
  if (from && to && to < from) to = null;
  return {
    tab,
    nominationStatus: readChoice(params, PARAM.status, NOMINATION_STATUSES, 'PENDING'),
    proposalStatus: readChoice(params, PARAM.status, PROPOSAL_STATUSES, 'IN_REVIEW'),
    practiceId: tab === 'nominations' ? readText(params, PARAM.practice) || null : null,
    from,
    to,
    duplicatesOnly: tab === 'nominations' && params.get(PARAM.duplicate) === '1',
    ...readCursor(params),
  };
}

export function hasActiveFilters(state: ModerationState): boolean {
  return Boolean(state.practiceId || state.from || state.to || state.duplicatesOnly);
}

/** Switching tabs starts from the other tab's default status, without its own filters or page. */
export function switchTab(params: URLSearchParams, tab: ModerationTab): URLSearchParams {
  return writeParams(params, {
    [PARAM.tab]: tab === 'nominations' ? null : tab,
    [PARAM.status]: null,
    [PARAM.practice]: null,
    [PARAM.duplicate]: null,
    after: null,
    before: null,
  });
}

/** The queue filter for a state: the counts of both tabs use it too, less the statuses. */
export function moderationFilter(state: ModerationState): ModerationQueueFilter {
  const filter: ModerationQueueFilter = {
    statuses: [state.nominationStatus],
    proposalStatuses: [state.proposalStatus],
  };
  if (state.practiceId) filter.practiceIds = [state.practiceId];
  if (state.duplicatesOnly) filter.duplicate = true;
  if (state.from) filter.submittedFrom = startOfSofiaDay(state.from);
  if (state.to) filter.submittedTo = endOfSofiaDay(state.to);
  return filter;
}

/** Variables of both queue queries; `locale` is the interface language's, for the practices' texts. */
export function moderationVariables(state: ModerationState, locale: Locale, pageSize = QUEUE_PAGE_SIZE) {
  return { filter: moderationFilter(state), locale, ...pageArgs(state, pageSize) };
}

/** What a moderator may still decide about a proposal in this state. */
export function proposalDecisions(status: ProposalStatus): ProposalDecision[] {
  switch (status) {
    case 'IN_REVIEW':
    case 'ARCHIVED':
      return ['APPROVE', 'PUBLISH', 'REJECT'];
    case 'DRAFT':
      return ['PUBLISH', 'REJECT'];
    // Published proposals are editorial content now; rejected ones are restored from the trash.
    case 'PUBLISHED':
    case 'REJECTED':
      return [];
  }
}
