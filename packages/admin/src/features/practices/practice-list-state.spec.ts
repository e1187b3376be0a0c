import { hasContentFilters } from '../../shared/list/content-list-state';
import { clearedFilters } from '../../shared/list/list-url';
import { withFilter } from '../../shared/url-state';
import { PRACTICE_LIST_KEYS, practicesVariables, readPracticeListState } from './practice-list-state';

const state = (query: string) => readPracticeListState(new URLSearchParams(query));

describe('practices list state', () => {
  it('has defaults for an empty URL', () => {
    expect(state('')).toEqual({
      search: '',
      statuses: [],
      districtCodes: [],
      municipalityCodes: [],
      themes: [],
      targetGroups: [],
      serviceTypes: [],
      activeFrom: null,
      activeTo: null,
      organizationKinds: [],
      years: [],
      sort: 'updated',
      after: null,
      before: null,
    });
    expect(hasContentFilters(state(''))).toBe(false);
  });

  it('reads filters, drops values the server would refuse', () => {
    const s = state('q=ранна&status=DRAFT,BOGUS,PUBLISHED&district=PDV,pdv,TGV&sort=title&after=abc');
    expect(s).toMatchObject({
      search: 'ранна',
      statuses: ['DRAFT', 'PUBLISHED'],
      districtCodes: ['PDV', 'TGV'],
      sort: 'title',
      after: 'abc',
      before: null,
    });
    expect(hasContentFilters(s)).toBe(true);
  });

  it('reads place, topic and period with the projects list’s parameter names', () => {
    const s = state(
      'municipality=TGV22,TGV,tgv22&theme=early-intervention,Bad Slug&target=children-at-risk' +
        '&from=2019-01-01&to=2020-02-30',
    );
    expect(s).toMatchObject({
      municipalityCodes: ['TGV22'],
      themes: ['early-intervention'],
      targetGroups: ['children-at-risk'],
      activeFrom: '2019-01-01',
      activeTo: null,
    });
    expect(hasContentFilters(s)).toBe(true);
    expect(hasContentFilters(state('to=2021-06-30'))).toBe(true);
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

  it('asks the server for the place, topic and period from the URL', () => {
    const s = state(
      'municipality=TGV22&theme=early-intervention&target=youth&service=day-care&from=2012-01-01&to=2013-12-31',
    );
    expect(practicesVariables(s, 'BG', 20).filter).toEqual({
      municipalityCodes: ['TGV22'],
      themes: ['early-intervention'],
      targetGroups: ['youth'],
      serviceTypes: ['day-care'],
      activeFrom: '2012-01-01',
      activeTo: '2013-12-31',
    });
  });

  it('reads the facets’ organization kinds and years, and asks for the years as numbers', () => {
    const s = state('kind=NGO,ngo,SPACESHIP,MUNICIPALITY&year=2015,15,20x5,2015,1999');
    expect(s.organizationKinds).toEqual(['NGO', 'MUNICIPALITY']);
    expect(s.years).toEqual([2015, 1999]);
    expect(hasContentFilters(s)).toBe(true);
    expect(hasContentFilters(state('year=2020'))).toBe(true);
    expect(practicesVariables(s, 'BG').filter).toEqual({
      organizationKinds: ['NGO', 'MUNICIPALITY'],
      years: [2015, 1999],
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

  it('clears the search and every filter but keeps the order', () => {
    const params = new URLSearchParams(
      'q=ранна&status=DRAFT&district=PDV&municipality=PDV26&theme=a&target=b&from=2020-01-01&to=2021-01-01' +
        '&kind=NGO&year=2015&sort=title&after=abc',
    );
    const keys = [PRACTICE_LIST_KEYS.search, ...PRACTICE_LIST_KEYS.filters];
    expect(withFilter(params, clearedFilters(keys)).toString()).toBe('sort=title');
  });
});
