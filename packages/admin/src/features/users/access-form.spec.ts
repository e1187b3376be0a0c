import { accessInput, validateAccess } from './access-form';

describe("an account's roles", () => {
  it('need at least one role', () => {
    expect(validateAccess({ roles: [], programmeIds: [] })).toEqual({ roles: 'users.rolesRequired' });
    expect(validateAccess({ roles: ['MODERATOR'], programmeIds: [] })).toEqual({});
  });

  it('keep programmes only while the account coordinates', () => {
    expect(accessInput({ roles: ['MODERATOR'], programmeIds: ['p1'] })).toEqual({
      roles: ['MODERATOR'],
      programmeIds: [],
    });
    expect(accessInput({ roles: ['EDITOR', 'COORDINATOR'], programmeIds: ['p1'] }).programmeIds).toEqual([
      'p1',
    ]);
  });
});
