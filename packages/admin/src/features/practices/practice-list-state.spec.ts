import { clearedFilters } from '../../shared/list/list-url';
import { withFilter } from '../../shared/url-state';
import {
  hasActiveFilters,
  PRACTICE_LIST_KEYS,
  practicesVariables,
  readPracticeListState,
} from './practice-list-state';

const state = (query: string) => readPracticeListState(new URLSearchParams(query));

describe('practices list state', () => {
  it('has defaults for an empty URL', () => {
    expect(state('')).toEqual({
      search: '',
      statuses: [],
      districtCodes: [],
      sort: 'updated',
      after: null,
      before: null,
    });
    expect(hasActiveFilters(state(''))).toBe(false);
  });

  it('reads filters, drops values the server would refuse', () => {
    const s = state('q=ранна&status=DRAFT,BOGUS,PUBLISHED&district=PDV,pdv,TGV&sort=title&after=abc');
    expect(s).toEqual({
      search: 'ранна',
      statuses: ['DRAFT', 'PUBLISHED'],
      districtCodes: ['PDV', 'TGV'],
      sort: 'title',
      after: 'abc',
      before: null,
    });
    expect(hasActiveFilters(s)).toBe(true);
  });

  it('builds the practices query variables with the server names', () => {
    expect(practicesVariables(state('q=ранна&status=DRAFT&district=TGV&after=c1'), 'BG', 20)).toEqual({
      first: 20,
      after: 'c1',
      filter: { search: 'ранна', statuses: ['DRAFT'], districtCodes: ['TGV'] },
      orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
      locale: 'BG',
    });
  });

  it('pages backwards from a before cursor and asks in English for the English interface', () => {
    expect(practicesVariables(state('before=c9&sort=published'), 'EN', 20)).toEqual({
      last: 20,
      before: 'c9',
      filter: {},
      orderBy: { field: 'PUBLISHED_AT', direction: 'DESC' },
      locale: 'EN',
    });
    expect(practicesVariables(state('sort=title'), 'BG').orderBy).toEqual({
      field: 'TITLE',
      direction: 'ASC',
    });
  });

  it('clears the search, statuses and districts but keeps the order', () => {
    const params = new URLSearchParams('q=ранна&status=DRAFT&district=PDV&sort=title&after=abc');
    const keys = [PRACTICE_LIST_KEYS.search, ...PRACTICE_LIST_KEYS.filters];
    expect(withFilter(params, clearedFilters(keys)).toString()).toBe('sort=title');
  });
});
