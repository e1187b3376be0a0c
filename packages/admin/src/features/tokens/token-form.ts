import type { CreateApiTokenInput, TokenScope } from '../../gql/graphql';
import { fieldPath } from '../../shared/errors';
import { TIME_ZONE } from '../../shared/format';
import { endOfSofiaDay } from '../../shared/sofia-day';

export const OWNER_KINDS = ['organization', 'network'] as const;
/** What a token reads: all published content, or only its owner's. */
export const READ_SCOPES = ['ALL_PUBLISHED', 'OWN'] as const satisfies readonly TokenScope[];
export type OwnerKind = (typeof OWNER_KINDS)[number];

/** The server takes at most this many origins and this long a name. */
export const MAX_ORIGINS = 20;
export const MAX_NAME_LENGTH = 200;

export interface TokenFormValues {
  name: string;
  ownerKind: OwnerKind;
  ownerId: string | null;
  /** The last day the token works (Sofia time), or null for no expiry. */
  expiresOn: string | null;
  /** One origin a line, e.g. https://rodopi.bg. */
  origins: string;
  scope: TokenScope;
  /** Requests per minute and per day; empty: the server's defaults. */
  quotaPerMinute: number | string;
  quotaPerDay: number | string;
}

export const emptyTokenForm = (): TokenFormValues => ({
  name: '',
  ownerKind: 'organization',
  ownerId: null,
  expiresOn: null,
  origins: '',
  scope: 'ALL_PUBLISHED',
  quotaPerMinute: '',
  quotaPerDay: '',
});

/** Problems, named as keys under `tokens.form.*`. */
export type TokenFormProblem =
  | 'tokens.form.nameRequired'
  | 'tokens.form.nameTooLong'
  | 'tokens.form.ownerRequired'
  | 'tokens.form.expiryPast'
  | 'tokens.form.originsInvalid'
  | 'tokens.form.originsTooMany'
  | 'tokens.form.quotaInvalid';

/** A quota as the server takes it: a whole number from 1, or null (empty) for the default. */
export function parseQuota(value: number | string): number | null | undefined {
  if (value === '' || value === null) return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 1_000_000_000 ? n : undefined;
}

/**
 * A browser origin as CORS compares it (`https://rodopi.bg`, `http://localhost:3000`), or null:
 * http(s) only, no path, query, fragment or credentials. A trailing slash is forgiven.
 */
export function normalizeOrigin(text: string): string | null {
  const value = text.trim();
  if (!/^https?:\/\//i.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.username || url.password || url.search || url.hash || (url.pathname !== '/' && url.pathname !== ''))
    return null;
  if (/[?#]/.test(value)) return null;
  return url.origin;
}

/** The origins of the text box (lines, commas or spaces), de-duplicated, and those that are not origins. */
export function parseOrigins(text: string): { origins: string[]; invalid: string[] } {
  const origins: string[] = [];
  const invalid: string[] = [];
  for (const item of text.split(/[\s,]+/).filter(Boolean)) {
    const origin = normalizeOrigin(item);
    if (!origin) invalid.push(item);
    else if (!origins.includes(origin)) origins.push(origin);
  }
  return { origins, invalid };
}

/** Client-side checks before sending; `today` is a Sofia calendar day (YYYY-MM-DD). */
export function validateTokenForm(
  values: TokenFormValues,
  today: string,
): Partial<Record<keyof TokenFormValues, TokenFormProblem>> {
  const problems: Partial<Record<keyof TokenFormValues, TokenFormProblem>> = {};
  const name = values.name.trim();
  if (!name) problems.name = 'tokens.form.nameRequired';
  else if (name.length > MAX_NAME_LENGTH) problems.name = 'tokens.form.nameTooLong';
  if (!values.ownerId) problems.ownerId = 'tokens.form.ownerRequired';
  if (values.expiresOn && values.expiresOn < today) problems.expiresOn = 'tokens.form.expiryPast';
  const { origins, invalid } = parseOrigins(values.origins);
  if (invalid.length) problems.origins = 'tokens.form.originsInvalid';
  else if (origins.length > MAX_ORIGINS) problems.origins = 'tokens.form.originsTooMany';
  for (const field of ['quotaPerMinute', 'quotaPerDay'] as const)
    if (parseQuota(values[field]) === undefined) problems[field] = 'tokens.form.quotaInvalid';
  return problems;
}

/** The mutation input: the token works through the whole expiry day, Sofia time. */
export function createTokenInput(values: TokenFormValues): CreateApiTokenInput {
  const owner =
    values.ownerKind === 'organization' ? { organizationId: values.ownerId } : { networkId: values.ownerId };
  return {
    name: values.name.trim(),
    ...owner,
    expiresAt: values.expiresOn ? endOfSofiaDay(values.expiresOn) : null,
    allowedOrigins: parseOrigins(values.origins).origins,
    scope: values.scope,
    quotaPerMinute: parseQuota(values.quotaPerMinute) ?? null,
    quotaPerDay: parseQuota(values.quotaPerDay) ?? null,
  };
}

/** The form field a server field error belongs to (`input.allowedOrigins.2` → origins). */
export function tokenFormPath(serverField: string): keyof TokenFormValues | null {
  const path = fieldPath(serverField);
  const top = path.split('.')[0];
  if (top === 'name') return 'name';
  if (top === 'organizationId' || top === 'networkId') return 'ownerId';
  if (top === 'expiresAt') return 'expiresOn';
  if (top === 'allowedOrigins') return 'origins';
  if (top === 'scope' || top === 'quotaPerMinute' || top === 'quotaPerDay') return top;
  return null;
}

/** Whom a token is issued to, as the list shows it; null when the party is no longer readable (deleted). */
export function tokenScope(token: {
  organization?: { name: string } | null;
  network?: { name: string } | null;
}): { kind: OwnerKind; name: string } | null {
  if (token.organization) return { kind: 'organization', name: token.organization.name };
  if (token.network) return { kind: 'network', name: token.network.name };
  return null;
}

export type TokenState = 'active' | 'expired' | 'revoked';

export function tokenState(
  token: { revokedAt?: string | null; expiresAt?: string | null },
  now: Date,
): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && new Date(token.expiresAt).getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** Today in Sofia, as YYYY-MM-DD. */
export function sofiaToday(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** Active tokens first, then expired, then revoked; newest first within each. */
export function sortTokens<
  T extends { createdAt: string; revokedAt?: string | null; expiresAt?: string | null },
>(tokens: readonly T[], now: Date): T[] {
  const rank: Record<TokenState, number> = { active: 0, expired: 1, revoked: 2 };
  return [...tokens].sort(
    (a, b) => rank[tokenState(a, now)] - rank[tokenState(b, now)] || b.createdAt.localeCompare(a.createdAt),
  );
}
