import { can, PERMISSIONS } from './permissions';

describe('can', () => {
  it('lets editors manage content and the trash, nothing else', () => {
    expect(can('EDITOR', 'content:manage')).toBe(true);
    expect(can('EDITOR', 'trash:manage')).toBe(true);
    expect(can('EDITOR', 'volunteerProgrammes:manage')).toBe(true);
    expect(can('EDITOR', 'moderation:manage')).toBe(false);
    expect(can('EDITOR', 'volunteers:manage')).toBe(false);
    expect(can('EDITOR', 'tokens:manage')).toBe(false);
  });

  it('lets moderators moderate and coordinators coordinate volunteers', () => {
    expect(can('MODERATOR', 'moderation:manage')).toBe(true);
    expect(can('MODERATOR', 'content:manage')).toBe(false);
    expect(can('COORDINATOR', 'volunteers:manage')).toBe(true);
    expect(can('COORDINATOR', 'volunteerProgrammes:manage')).toBe(true);
    expect(can('COORDINATOR', 'content:manage')).toBe(false);
  });

  it('lets admins do everything, including tokens and users', () => {
    for (const action of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) {
      expect(can('ADMIN', action)).toBe(true);
      expect(can(['COORDINATOR', 'ADMIN'], action)).toBe(true);
    }
  });

  it('adds up several roles, and allows nothing without one', () => {
    expect(can(['MODERATOR', 'COORDINATOR'], 'moderation:manage')).toBe(true);
    expect(can(['MODERATOR', 'COORDINATOR'], 'volunteers:manage')).toBe(true);
    expect(can(['MODERATOR', 'COORDINATOR'], 'tokens:manage')).toBe(false);
    expect(can([], 'dashboard:view')).toBe(false);
    expect(can(null, 'dashboard:view')).toBe(false);
  });
});
