/**
 * How an audit entry reads: its action in words, where its record opens, and a short summary of
 * its details. Pure, so the wording can be tested against the message files themselves.
 */

/** The `audit` messages the wording is built from (one language's). */
export interface AuditWords {
  /** "{{verb}} на {{subject}}" (bg), "{{subject}} {{verb}}" (en). */
  phrase: string;
  /** Record types by their GraphQL name: "Practice" → "Практика". */
  types: Readonly<Record<string, string>>;
  /** What an action's first part names: "practice" → "практика". */
  subjects: Readonly<Record<string, string>>;
  /** What an action's last part does: "update" → "Промяна". */
  verbs: Readonly<Record<string, string>>;
}

const own = (words: Readonly<Record<string, string>>, key: string): string | undefined =>
  Object.hasOwn(words, key) ? words[key] : undefined;

const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** A record type in words, or its GraphQL name when the admin has none for it. */
export function typeLabel(entityType: string, words: AuditWords): string {
  return own(words.types, entityType) ?? entityType;
}

/**
 * "practice.update" → "Промяна на практика". The subject comes from the action's first part, or
 * else from the entry's record type, so a new verb on a known record still reads; an action with
 * a verb the admin does not know shows as it is stored.
 */
export function actionLabel(action: string, entityType: string, words: AuditWords): string {
  const dot = action.lastIndexOf('.');
  if (dot <= 0) return action;
  const verb = own(words.verbs, action.slice(dot + 1));
  const subject =
    own(words.subjects, action.slice(0, dot).toLowerCase()) ?? own(words.subjects, entityType.toLowerCase());
  if (!verb || !subject) return action;
  return capitalized(words.phrase.replace('{{verb}}', verb).replace('{{subject}}', subject));
}

/**
 * Records with no page of their own open in the list that shows them (the team, the API keys,
 * the moderation queue); the sections' record pages come first.
 */
const LIST_PAGES: Readonly<Record<string, string>> = {
  User: '/users',
  ApiToken: '/tokens',
  Nomination: '/moderation',
  BlockedSender: '/moderation',
};

/** Where an entry's record opens in the admin; null when nowhere (or the entry names none). */
export function recordLink(
  entityType: string,
  entityId: string | null | undefined,
  recordPath: (entityType: string, id: string) => string | null,
): string | null {
  if (!entityId) return null;
  return recordPath(entityType, entityId) ?? own(LIST_PAGES, entityType) ?? null;
}

/** The first characters of an id: enough to tell records apart in a table. */
export const shortId = (id: string) => id.slice(0, 8);

export interface DetailsSummary {
  /** The fields a change touched (`changedFields`), as stored. */
  fields: string[];
  /** The record's version after the change. */
  version: number | null;
  /** Every detail as "key: value", for the folded view. */
  lines: { key: string; value: string }[];
}

/** How many changed fields the summary names; the rest are counted, and listed when unfolded. */
export const SUMMARY_FIELDS = 4;

const MAX_VALUE = 120;

function readable(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== 'object' || item === null)) {
    return value.map(readable).join(', ');
  }
  const json = JSON.stringify(value);
  return json.length > MAX_VALUE ? `${json.slice(0, MAX_VALUE - 1)}…` : json;
}

/** What an entry's details say, short; null when it has none. The server never stores secrets. */
export function summarizeDetails(details: Record<string, unknown> | null | undefined): DetailsSummary | null {
  if (!details || Object.keys(details).length === 0) return null;
  const fields = Array.isArray(details.changedFields)
    ? details.changedFields.filter((f): f is string => typeof f === 'string')
    : [];
  const version = typeof details.version === 'number' ? details.version : null;
  const lines = Object.entries(details)
    .filter(([key]) => key !== 'changedFields' && key !== 'version')
    .map(([key, value]) => ({ key, value: readable(value) }));
  return { fields, version, lines };
}
