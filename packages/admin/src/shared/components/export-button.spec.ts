import { exportHref } from './export-button';

const decoded = (href: string) => {
  const url = new URL(href, 'http://admin.example');
  return { path: url.pathname, params: Object.fromEntries(url.searchParams) };
};

describe('exportHref', () => {
  it('passes filters and order, not the page, its size or the language', () => {
    const variables = {
      first: 20,
      after: 'abc',
      locale: 'EN',
      filter: { search: 'ранна', statuses: ['DRAFT'] },
      orderBy: { field: 'TITLE', direction: 'ASC' },
    };
    const { path, params } = decoded(exportHref('practices', variables, 'csv'));
    expect(path).toBe('/export/practices.csv');
    expect(params).toEqual({
      filter: '{"search":"ранна","statuses":["DRAFT"]}',
      orderBy: '{"field":"TITLE","direction":"ASC"}',
    });
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
