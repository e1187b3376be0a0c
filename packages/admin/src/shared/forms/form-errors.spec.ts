import { splitServerErrors } from './form-errors';

/** A BAD_USER_INPUT answer as Apollo Client 4 throws it (CombinedGraphQLErrors' shape). */
class ApolloError {
  readonly errors: { message: string; extensions: Record<string, unknown> }[];

  constructor(fields: { field: string; message: string }[]) {
    this.errors = [{ message: 'Invalid input', extensions: { code: 'BAD_USER_INPUT', fields } }];
  }
}

describe('splitServerErrors', () => {
  it('puts field errors on the form and reports the others', () => {
    const error = new ApolloError([
      { field: 'input.name', message: 'Bulgarian text is required' },
      { field: 'input.municipalityCodes[2]', message: 'Unknown municipality' },
      { field: 'input.municipalityCodes[3]', message: 'Unknown municipality XYZ' },
      { field: 'input.publishAt', message: 'Not with PUBLISHED' },
    ]);
    expect(
      splitServerErrors(error, (p) =>
        p === 'name' ? 'name.bg' : p.startsWith('municipalityCodes') ? 'municipalityCodes' : null,
      ),
    ).toEqual({
      onForm: {
        'name.bg': 'Bulgarian text is required',
        municipalityCodes: 'Unknown municipality; Unknown municipality XYZ',
      },
      elsewhere: ['publishAt: Not with PUBLISHED'],
    });
  });
});
