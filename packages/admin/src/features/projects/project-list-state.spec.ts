import { clearedFilters } from '../../shared/list/list-url';
import { withFilter } from '../../shared/url-state';
import {
  extraFilterCount,
  hasActiveProjectFilters,
  PROJECT_LIST_KEYS,
  projectsVariables,
  readProjectListState,
  sortPatch,
} from './project-list-state';

const FUNDER = 'f2583bd5-2df6-4a9a-b2fd-130d8f0724cb';

describe('projects list state', () => {
  it('reads every filter from the URL, dropping what is not valid', () => {
    const state = readProjectListState(
      new URLSearchParams(
        `q=деца&status=PUBLISHED,LOST&district=PDV&municipality=PDV26,PDV,pdv39&theme=early-intervention,Bad Slug` +
          `&target=children-at-risk&funder=${FUNDER},42&from=2019-01-01&to=2020-02-30&sort=budget&dir=asc` +
          `&kind=FUNDER,nobody&year=2012,next`,
      ),
    );
    expect(state).toEqual({
      search: 'деца',
      statuses: ['PUBLISHED'],
      districtCodes: ['PDV'],
      municipalityCodes: ['PDV26'],
      themes: ['early-intervention'],
      targetGroups: ['children-at-risk'],
      serviceTypes: [],
      funderIds: [FUNDER],
      activeFrom: '2019-01-01',
      activeTo: null,
      organizationKinds: ['FUNDER'],
      years: [2012],
      sort: 'budget',
      direction: 'asc',
      after: null,
      before: null,
    });
    expect(hasActiveProjectFilters(state)).toBe(true);
    expect(extraFilterCount(state)).toBe(5);
  });

  it('defaults to every project, latest start first', () => {
    const state = readProjectListState(new URLSearchParams(''));
    expect(hasActiveProjectFilters(state)).toBe(false);
    expect(projectsVariables(state, 'BG')).toEqual({
      first: 20,
      filter: {},
      orderBy: { field: 'START_DATE', direction: 'DESC' },
      locale: 'BG',
    });
  });

  it('gives each order its own default direction', () => {
    expect(readProjectListState(new URLSearchParams('sort=title')).direction).toBe('asc');
    expect(readProjectListState(new URLSearchParams('sort=budget')).direction).toBe('desc');
    expect(readProjectListState(new URLSearchParams('sort=title&dir=up')).direction).toBe('asc');
  });

  it('writes an order to the URL only where it is not the default', () => {
    expect(sortPatch('start', 'desc')).toEqual({ sort: null, dir: null });
    expect(sortPatch('title', 'asc')).toEqual({ sort: 'title', dir: null });
    expect(sortPatch('budget', 'asc')).toEqual({ sort: 'budget', dir: 'asc' });
    const params = withFilter(new URLSearchParams('after=abc&q=x'), sortPatch('title', 'desc'));
    expect(params.toString()).toBe('dir=desc&q=x&sort=title');
  });

  it('turns filters, order and page into query variables', () => {
    const state = readProjectListState(
      new URLSearchParams(
        `funder=${FUNDER}&from=2012-01-01&to=2013-12-31&target=youth&kind=NGO&year=2013&before=xyz&sort=updated`,
      ),
    );
    expect(projectsVariables(state, 'EN', 10)).toEqual({
      last: 10,
      before: 'xyz',
      filter: {
        funderIds: [FUNDER],
        activeFrom: '2012-01-01',
        activeTo: '2013-12-31',
        targetGroups: ['youth'],
        organizationKinds: ['NGO'],
        years: [2013],
      },
      orderBy: { field: 'UPDATED_AT', direction: 'DESC' },
      locale: 'EN',
    });
  });

  it('clears every filter but keeps the order', () => {
    const params = new URLSearchParams(
      `q=x&status=DRAFT&district=PDV&municipality=PDV26&theme=a&target=b&funder=${FUNDER}&from=2020-01-01&to=2021-01-01&kind=NGO&year=2020&sort=budget&dir=asc&after=c`,
    );
    const keys = [PROJECT_LIST_KEYS.search, ...PROJECT_LIST_KEYS.filters];
    expect(withFilter(params, clearedFilters(keys)).toString()).toBe('dir=asc&sort=budget');
  });
});
