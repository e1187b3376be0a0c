import type { AuditFilter } from '../../gql/graphql';
import { endOfSofiaDay, startOfSofiaDay } from '../../shared/sofia-day';
import { type Cursor, pageArgs, readCursor, readDay, readText } from '../../shared/url-state';

export const AUDIT_PAGE_SIZE = 50;

/** URL parameters: `?type=Practice&actor=<id>&action=practice.update&record=<id>&from=…&to=…`. */
export const AUDIT_PARAM = {
  entityType: 'type',
  actor: 'actor',
  action: 'action',
  record: 'record',
  from: 'from',
  to: 'to',
} as const;

/** What the audit page shows, as read from its URL. */
export interface AuditState extends Cursor {
  entityType: string | null;
  actorId: string | null;
  action: string | null;
  /** One record's entries (the link from a record's history). */
  entityId: string | null;
  /** Calendar days in Sofia, both included. */
  from: string | null;
  to: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** "Practice", "practice.update": what the server stores; anything else would only be refused. */
const NAME = /^[\w.:-]{1,100}$/;

const readMatching = (params: URLSearchParams, key: string, pattern: RegExp) => {
  const value = readText(params, key);
  return pattern.test(value) ? value : null;
};

export function readAuditState(params: URLSearchParams): AuditState {
  const from = readDay(params, AUDIT_PARAM.from);
  const to = readDay(params, AUDIT_PARAM.to);
  return {
    entityType: readMatching(params, AUDIT_PARAM.entityType, NAME),
    actorId: readMatching(params, AUDIT_PARAM.actor, UUID),
    action: readMatching(params, AUDIT_PARAM.action, NAME),
    entityId: readMatching(params, AUDIT_PARAM.record, UUID),
    from,
    // An end before the start would be refused: it is dropped.
    to: from && to && to < from ? null : to,
    ...readCursor(params),
  };
}

export function hasAuditFilters(state: AuditState): boolean {
  return Boolean(
    state.entityType || state.actorId || state.action || state.entityId || state.from || state.to,
  );
}

/** The URL patch "clear filters" writes. */
export const CLEARED_AUDIT_FILTERS = Object.fromEntries(
  Object.values(AUDIT_PARAM).map((key) => [key, null]),
) as Record<string, null>;

/** The server's filter: the days become the instants they start and end at in Sofia. */
export function auditFilter(state: AuditState): AuditFilter {
  const filter: AuditFilter = {};
  if (state.entityType) filter.entityType = state.entityType;
  if (state.actorId) filter.actorId = state.actorId;
  if (state.action) filter.action = state.action;
  if (state.entityId) filter.entityId = state.entityId;
  if (state.from) filter.from = startOfSofiaDay(state.from);
  if (state.to) filter.to = endOfSofiaDay(state.to);
  return filter;
}

export function auditVariables(state: AuditState, pageSize = AUDIT_PAGE_SIZE) {
  return { filter: auditFilter(state), ...pageArgs(state, pageSize) };
}
