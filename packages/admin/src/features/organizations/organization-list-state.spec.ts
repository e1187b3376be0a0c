import {
  hasActiveOrganizationFilters,
  organizationsVariables,
  readOrganizationListState,
} from './organization-list-state';

describe('organizations list state', () => {
  it('reads filters, order and page from the URL, dropping what is not valid', () => {
    const state = readOrganizationListState(
      new URLSearchParams('q=+фондация+&kind=NGO,FUNDER,SPY&district=PDV,pdv,SFO&sort=updated&after=abc'),
    );
    expect(state).toEqual({
      search: 'фондация',
      kinds: ['NGO', 'FUNDER'],
      districtCodes: ['PDV', 'SFO'],
      sort: 'updated',
      after: 'abc',
      before: null,
    });
    expect(hasActiveOrganizationFilters(state)).toBe(true);
  });

  it('defaults to all organizations by name', () => {
    const state = readOrganizationListState(new URLSearchParams('sort=size'));
    expect(state.sort).toBe('name');
    expect(hasActiveOrganizationFilters(state)).toBe(false);
    expect(organizationsVariables(state, 'BG')).toEqual({
      first: 25,
      filter: {},
      orderBy: { field: 'NAME', direction: 'ASC' },
      locale: 'BG',
    });
  });

  it('turns the state into query variables', () => {
    const state = readOrganizationListState(new URLSearchParams('q=клуб&kind=NGO&district=TGV&before=xyz'));
    expect(organizationsVariables(state, 'EN', 10)).toEqual({
      last: 10,
      before: 'xyz',
      filter: { search: 'клуб', kinds: ['NGO'], districtCodes: ['TGV'] },
      orderBy: { field: 'NAME', direction: 'ASC' },
      locale: 'EN',
    });
  });
});
