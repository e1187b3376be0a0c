import path from 'node:path';
import { AUTH_DIR } from './paths.js';

export const ROLES = ['admin', 'editor', 'moderator', 'coordinator'] as const;
export type Role = (typeof ROLES)[number];

/** The demo accounts the server creates in demo mode (`packages/server/src/seed/demo-users.ts`). */
export const DEMO_LOGINS: Record<Role, { email: string; password: string }> = {
  admin: { email: 'admin@obmen.example', password: 'demo-admin-obmen' },
  editor: { email: 'editor@obmen.example', password: 'demo-editor-obmen' },
  moderator: { email: 'moderator@obmen.example', password: 'demo-moderator-obmen' },
  coordinator: { email: 'coordinator@obmen.example', password: 'demo-coordinator-obmen' },
};

/** The saved login state (cookies + local storage) of a role, written once per run. */
export function authStatePath(role: Role): string {
  return path.join(AUTH_DIR, `${role}.json`);
}
