import { inviteInput, validateInvite } from './invite-form';

describe('an invitation', () => {
  it('needs a name, an address and a role', () => {
    expect(validateInvite({ name: ' ', email: 'x', roles: [], programmeIds: [] })).toEqual({
      name: 'users.nameRequired',
      email: 'auth.emailInvalid',
      roles: 'users.rolesRequired',
    });
    expect(
      validateInvite({ name: 'Мария', email: 'maria@obmen.bg', roles: ['EDITOR'], programmeIds: [] }),
    ).toEqual({});
  });

  it('sends programmes only for a coordinator', () => {
    const values = { name: ' Мария ', email: ' m@obmen.bg ', programmeIds: ['p1'] };
    expect(inviteInput({ ...values, roles: ['EDITOR'] })).toEqual({
      name: 'Мария',
      email: 'm@obmen.bg',
      roles: ['EDITOR'],
      programmeIds: [],
    });
    expect(inviteInput({ ...values, roles: ['COORDINATOR'] }).programmeIds).toEqual(['p1']);
  });
});
