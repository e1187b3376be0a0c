import { readPracticeListState, practicesVariables } from '../../features/practices/practice-list-state';
import { exportHref } from './export-button';

const decoded = (href: string) => {
  const url = new URL(href, 'http://admin.example');
  return { path: url.pathname, params: Object.fromEntries(url.searchParams) };
};

describe('exportHref', () => {
  it("passes a practice list's filters and order, not its page, page size or language", () => {
    const state = readPracticeListState(
      new URLSearchParams('q=ранна&status=DRAFT,PUBLISHED&district=TGV&sort=title&after=abc'),
    );
    const href = exportHref('practices', practicesVariables(state, 'EN'), 'csv');
    const { path, params } = decoded(href);
    expect(path).toBe('/export/practices.csv');
    expect(Object.keys(params).sort()).toEqual(['filter', 'orderBy']);
    expect(JSON.parse(params.filter)).toMatchObject({
      search: 'ранна',
      statuses: ['DRAFT', 'PUBLISHED'],
      districtCodes: ['TGV'],
    });
    expect(JSON.parse(params.orderBy)).toEqual({ field: 'TITLE', direction: 'ASC' });
  });

  it('writes an enum or a text as it is, objects and lists as JSON', () => {
    const href = exportHref(
      'nominations',
      { order: 'DESC', filter: { practiceIds: ['p1'] }, first: 20 },
      'json',
    );
    expect(decoded(href)).toEqual({
      path: '/export/nominations.json',
      params: { filter: '{"practiceIds":["p1"]}', order: 'DESC' },
    });
  });

  it('leaves out what is not set', () => {
    expect(
      exportHref('organizations', { filter: { search: undefined }, orderBy: null, first: 20 }, 'csv'),
    ).toBe('/export/organizations.csv');
  });
});
