import { registerEnumType } from 'type-graphql';

/** A staff member's roles. Here rather than in auth: every module's rules speak of them. */
export enum UserRole {
  ADMIN = 'ADMIN',
  EDITOR = 'EDITOR',
  MODERATOR = 'MODERATOR',
  COORDINATOR = 'COORDINATOR',
}
registerEnumType(UserRole, {
  name: 'UserRole',
  description:
    'ADMIN: everything; EDITOR: content; MODERATOR: nominations and proposals; COORDINATOR: volunteers.',
});

/** What a partner token reads: everything published, or only its own organization's or network's. */
export enum TokenScope {
  ALL_PUBLISHED = 'ALL_PUBLISHED',
  OWN = 'OWN',
}
registerEnumType(TokenScope, {
  name: 'TokenScope',
  description:
    "ALL_PUBLISHED: all published content; OWN: only the published content of the token's organization " +
    "(or of its network's member organizations) and that organization's networks (or the network itself).",
});

/**
 * The records an OWN token may read, worked out once per request when the token is read: the
 * organization (or the network's current members) and the networks (the organization's current
 * ones, or the network itself). common/visibility.ts turns it into SQL.
 */
export interface Ownership {
  organizationIds: readonly string[];
  networkIds: readonly string[];
}

/** Who is asking: nobody in particular, a partner site's token, or a signed-in user. */
export type Principal =
  | { kind: 'public' }
  | { kind: 'system'; name: string }
  | {
      kind: 'partner';
      tokenId: string;
      organizationId: string | null;
      networkId: string | null;
      /** Null for an ALL_PUBLISHED token. */
      own: Ownership | null;
    }
  | { kind: 'user'; userId: string; sessionId: string; roles: UserRole[] };

/** The six kinds of asker the policy table speaks of. */
export enum Audience {
  PUBLIC = 'PUBLIC',
  PARTNER = 'PARTNER',
  COORDINATOR = 'COORDINATOR',
  MODERATOR = 'MODERATOR',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

export const PUBLIC: Principal = { kind: 'public' };

export function audiences(principal: Principal): Audience[] {
  if (principal.kind === 'system') return [];
  if (principal.kind === 'public') return [Audience.PUBLIC];
  if (principal.kind === 'partner') return [Audience.PARTNER];
  return principal.roles.map((role) => Audience[role]);
}

/** Admins have every role; the system (scheduler, demo loader, CLI) acts as an admin. */
export function hasRole(principal: Principal, ...roles: UserRole[]): boolean {
  if (principal.kind === 'system') return true;
  return principal.kind === 'user' && principal.roles.some((r) => r === UserRole.ADMIN || roles.includes(r));
}

/** Staff see drafts and everything in review; the public and partner sites see published content only. */
export function seesUnpublished(principal: Principal): boolean {
  return hasRole(principal, UserRole.EDITOR, UserRole.MODERATOR, UserRole.COORDINATOR);
}

/** What an OWN token is kept to; null for everyone else. */
export function ownership(principal: Principal): Ownership | null {
  return principal.kind === 'partner' ? principal.own : null;
}

export function userId(principal: Principal): string | null {
  return principal.kind === 'user' ? principal.userId : null;
}

/** Who made a change, for revisions and the audit log. */
export interface Actor {
  principal: Principal;
  requestId: string | null;
}

export const systemActor = (name: string): Actor => ({
  principal: { kind: 'system', name },
  requestId: null,
});
