import { splitServerErrors } from './form-errors';
import { hasSimpleFilters, programmesVariables, PROGRAMME_STATUSES, readSimpleListState } from './list-state';
import { searchTerm, withSelected } from './options';

describe('simple list state', () => {
  it('reads search, allowed choices and the cursor from the URL', () => {
    const state = readSimpleListState(
      new URLSearchParams('q=%20брат%20&status=PUBLISHED,BOGUS,DRAFT&after=abc'),
      PROGRAMME_STATUSES,
    );
    expect(state).toEqual({ search: 'брат', choices: ['PUBLISHED', 'DRAFT'], after: 'abc', before: null });
    expect(hasSimpleFilters(state)).toBe(true);
    expect(hasSimpleFilters(readSimpleListState(new URLSearchParams(''), PROGRAMME_STATUSES))).toBe(false);
  });

  it('makes the programmes query variables', () => {
    const state = readSimpleListState(new URLSearchParams('status=DRAFT&before=xyz'), PROGRAMME_STATUSES);
    expect(programmesVariables(state, 'EN')).toEqual({
      last: 20,
      before: 'xyz',
      filter: { statuses: ['DRAFT'] },
      locale: 'EN',
    });
  });
});

describe('remote select options', () => {
  const chosen = { value: 'o1', label: 'НАРД' };

  it('keeps the chosen option when the results lack it', () => {
    expect(withSelected([{ value: 'o2', label: 'Друга' }], chosen)).toEqual([
      chosen,
      { value: 'o2', label: 'Друга' },
    ]);
    expect(withSelected([chosen], chosen)).toEqual([chosen]);
    expect(withSelected([], null)).toEqual([]);
  });

  it('does not search for the chosen label the picker writes into its box', () => {
    expect(searchTerm('НАРД', 'НАРД')).toBeNull();
    expect(searchTerm('  ', null)).toBeNull();
    expect(searchTerm(' нар ', 'НАРД')).toBe('нар');
  });
});

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
