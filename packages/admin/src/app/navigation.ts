import { can } from '../features/auth/permissions';
import type { UserRole } from '../gql/graphql';
import { NAV_SECTIONS, type NavSection } from './sections';

/** Sections of the admin with pages, in navigation order; `key` names the message. */
export const NAV_ITEMS: readonly NavSection[] = NAV_SECTIONS;

export type NavItem = NavSection;

/** The sections a user with these roles may open. */
export function navItemsFor(roles: readonly UserRole[]): NavItem[] {
  return NAV_ITEMS.filter((item) => can(roles, item.action));
}

/** Whether `pathname` lies in the section at `path` ("/" only matches itself). */
export function isInSection(pathname: string, path: string): boolean {
  if (path === '/') return pathname === '/';
  return pathname === path || pathname.startsWith(`${path}/`);
}
