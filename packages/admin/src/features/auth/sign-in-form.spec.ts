import { validateSignIn } from './sign-in-form';

describe('sign-in checks', () => {
  it('ask for an address that looks like one and a password', () => {
    expect(validateSignIn({ email: ' ', password: '' })).toEqual({
      email: 'auth.emailRequired',
      password: 'auth.passwordRequired',
    });
    expect(validateSignIn({ email: 'editor', password: 'x' })).toEqual({ email: 'auth.emailInvalid' });
    expect(validateSignIn({ email: ' editor@obmen.bg ', password: 'x' })).toEqual({});
  });
});
