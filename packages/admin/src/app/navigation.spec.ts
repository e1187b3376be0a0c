import { isInSection, navItemsFor } from './navigation';

const keys = (roles: Parameters<typeof navItemsFor>[0]) => navItemsFor(roles).map((item) => item.key);

describe('navigation', () => {
  it('shows each role only the sections it may use', () => {
    expect(keys(['EDITOR'])).toEqual([
      'dashboard',
      'practices',
      'projects',
      'organizations',
      'networks',
      'volunteerProgrammes',
      'taxonomies',
      'imports',
      'trash',
      'account',
    ]);
    // The team's page and the audit log are offered to admins only; everyone has their own account.
    expect(keys(['MODERATOR'])).toEqual(['dashboard', 'moderation', 'account']);
    expect(keys(['COORDINATOR'])).toEqual(['dashboard', 'volunteerProgrammes', 'volunteers', 'account']);
    expect(keys(['ADMIN'])).toEqual([
      'dashboard',
      'practices',
      'projects',
      'organizations',
      'networks',
      'volunteerProgrammes',
      'volunteers',
      'moderation',
      'taxonomies',
      'imports',
      'trash',
      'tokens',
      'users',
      'audit',
      'account',
    ]);
    expect(keys([])).toEqual([]);
  });

  it('marks the section a path lies in', () => {
    expect(isInSection('/practices', '/practices')).toBe(true);
    expect(isInSection('/practices/42', '/practices')).toBe(true);
    expect(isInSection('/practices-old', '/practices')).toBe(false);
    expect(isInSection('/', '/')).toBe(true);
    expect(isInSection('/practices', '/')).toBe(false);
  });
});
