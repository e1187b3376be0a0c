import { hasSimpleFilters, readSimpleListState } from './simple-list-state';

const STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const;

describe('simple list state', () => {
  it('reads search, allowed choices and the cursor from the URL', () => {
    const state = readSimpleListState(
      new URLSearchParams('q=%20брат%20&status=PUBLISHED,BOGUS,DRAFT&after=abc'),
      STATUSES,
    );
    expect(state).toEqual({ search: 'брат', choices: ['PUBLISHED', 'DRAFT'], after: 'abc', before: null });
    expect(hasSimpleFilters(state)).toBe(true);
    expect(hasSimpleFilters(readSimpleListState(new URLSearchParams(''), STATUSES))).toBe(false);
  });

  it('reads the choices from another parameter when asked (networks: ?scope=)', () => {
    const state = readSimpleListState(
      new URLSearchParams('scope=NATIONAL&status=DRAFT'),
      ['NATIONAL'],
      'scope',
    );
    expect(state.choices).toEqual(['NATIONAL']);
  });
});
