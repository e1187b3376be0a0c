import { exportHref } from '../../shared/components/export-button';
import { practicesVariables, readPracticeListState } from './practice-list-state';

const decoded = (href: string) => {
  const url = new URL(href, 'http://admin.example');
  return { path: url.pathname, params: Object.fromEntries(url.searchParams) };
};

/** The practice screen's export button downloads what its address filters and orders. */
describe('exporting the practice list', () => {
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
});
