import { fieldReason, tokenFromHash, validateNewPassword } from './password-form';

describe('a new password', () => {
  it('needs 12 characters, typed the same twice', () => {
    expect(validateNewPassword({ password: 'short', repeat: 'short' })).toEqual({
      password: 'account.passwordTooShort',
    });
    expect(validateNewPassword({ password: 'long-enough-pass', repeat: 'long-enough-pas' })).toEqual({
      repeat: 'account.passwordsDiffer',
    });
    expect(validateNewPassword({ password: 'long-enough-pass', repeat: 'long-enough-pass' })).toEqual({});
  });
});

describe('the one-time link', () => {
  it('is read from the fragment, and nothing else passes for a token', () => {
    const token = 'Abc_def-0123456789abcdefghijKLMNOPQRSTUVWXYZ';
    expect(tokenFromHash(`#token=${token}`)).toBe(token);
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#token=<script>')).toBeNull();
    expect(tokenFromHash('#other=1')).toBeNull();
  });

  it("finds the server's reason for a refused field", () => {
    const error = {
      errors: [
        {
          message: 'x',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'token', reason: 'invalidToken' }] },
        },
      ],
    };
    expect(fieldReason(error, 'token')).toBe('invalidToken');
    expect(fieldReason(error, 'password')).toBeNull();
    expect(fieldReason(new Error('network'), 'token')).toBeNull();
  });
});
