import { type Action, can } from '../features/auth/permissions';
import type { UserRole } from '../gql/graphql';

/** Sections of the admin, in navigation order; `key` names both the message and the icon. */
export const NAV_ITEMS = [
  { key: 'dashboard', path: '/', action: 'dashboard:view' },
  { key: 'practices', path: '/practices', action: 'content:manage' },
  { key: 'projects', path: '/projects', action: 'content:manage' },
  { key: 'organizations', path: '/organizations', action: 'content:manage' },
  { key: 'networks', path: '/networks', action: 'content:manage' },
  { key: 'volunteerProgrammes', path: '/volunteer-programmes', action: 'volunteerProgrammes:manage' },
  { key: 'volunteers', path: '/volunteers', action: 'volunteers:manage' },
  { key: 'moderation', path: '/moderation', action: 'moderation:manage' },
  { key: 'trash', path: '/trash', action: 'trash:manage' },
  { key: 'tokens', path: '/tokens', action: 'tokens:manage' },
] as const satisfies readonly { key: string; path: string; action: Action }[];

export type NavItem = (typeof NAV_ITEMS)[number];
export type SectionKey = NavItem['key'];

/** The sections a user with these roles may open. */
export function navItemsFor(roles: readonly UserRole[]): NavItem[] {
  return NAV_ITEMS.filter((item) => can(roles, item.action));
}

/** Whether `pathname` lies in the section at `path` ("/" only matches itself). */
export function isInSection(pathname: string, path: string): boolean {
  if (path === '/') return pathname === '/';
  return pathname === path || pathname.startsWith(`${path}/`);
}
