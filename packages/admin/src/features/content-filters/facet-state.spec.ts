import { contentFilter, FUNDER_PARAM, readContentListState } from '../../shared/list/content-list-state';
import { readList, withFilter } from '../../shared/url-state';
import {
  type FacetCount,
  facetOptions,
  facetPatch,
  facetSelection,
  toggleValue,
  visibleOptions,
} from './facet-state';

const counts = (...pairs: [string, number][]): FacetCount[] =>
  pairs.map(([value, count]) => ({ __typename: 'FacetCount', value, label: `name of ${value}`, count }));

/** The list's URL after ticking or unticking one facet value, as the panel does it. */
function tick(query: string, facet: Parameters<typeof facetPatch>[0], value: string, checked = true) {
  const params = new URLSearchParams(query);
  const selected = facetSelection({
    ...readContentListState(params),
    funderIds: readList(params, FUNDER_PARAM),
  });
  return withFilter(params, facetPatch(facet, selected[facet], value, checked));
}

describe('facets state', () => {
  it('ticks and unticks a value, keeping the others', () => {
    expect(toggleValue([], 'TGV', true)).toEqual(['TGV']);
    expect(toggleValue(['PDV'], 'TGV', true)).toEqual(['PDV', 'TGV']);
    expect(toggleValue(['PDV', 'TGV'], 'PDV', false)).toEqual(['TGV']);
    // Ticking twice (a double click racing the URL) does not repeat it.
    expect(toggleValue(['TGV'], 'TGV', true)).toEqual(['TGV']);
  });

  it('reads what is ticked from the list state, years as the facets’ text', () => {
    const state = readContentListState(
      new URLSearchParams('district=TGV&kind=NGO&year=2015,2016&status=DRAFT'),
    );
    const selection = facetSelection({ ...state, funderIds: ['f1'] });
    expect(selection).toMatchObject({
      districts: ['TGV'],
      organizationKinds: ['NGO'],
      years: ['2015', '2016'],
      statuses: ['DRAFT'],
      funders: ['f1'],
      themes: [],
    });
    // A list without funders (practices) ticks none.
    expect(facetSelection(state).funders).toEqual([]);
  });

  it('round-trips a ticked year through the URL into the query as a number', () => {
    const url = tick('district=TGV&after=c5', 'years', '2015');
    // A new filter starts again on the first page.
    expect(url.toString()).toBe('district=TGV&year=2015');
    const next = tick(url.toString(), 'years', '2016');
    expect(contentFilter(readContentListState(next))).toEqual({
      districtCodes: ['TGV'],
      years: [2015, 2016],
    });
    const untick = tick(next.toString(), 'years', '2015', false);
    expect(contentFilter(readContentListState(untick))).toEqual({ districtCodes: ['TGV'], years: [2016] });
  });

  it('writes each facet to the parameter of its filter', () => {
    expect(tick('', 'districts', 'TGV').toString()).toBe('district=TGV');
    expect(tick('', 'municipalities', 'TGV22').toString()).toBe('municipality=TGV22');
    expect(tick('', 'themes', 'early-intervention').toString()).toBe('theme=early-intervention');
    expect(tick('', 'targetGroups', 'youth').toString()).toBe('target=youth');
    expect(tick('', 'organizationKinds', 'NGO').toString()).toBe('kind=NGO');
    expect(tick('', 'statuses', 'PUBLISHED').toString()).toBe('status=PUBLISHED');
    expect(tick('', 'funders', 'f1').toString()).toBe('funder=f1');
    expect(tick('district=TGV', 'districts', 'TGV', false).toString()).toBe('');
    const both = readContentListState(tick('kind=NGO', 'organizationKinds', 'MUNICIPALITY'));
    expect(contentFilter(both)).toEqual({ organizationKinds: ['NGO', 'MUNICIPALITY'] });
  });

  it('keeps a ticked value the counts leave out, at zero, so it can be unticked', () => {
    const options = facetOptions(counts(['PDV', 3], ['TGV', 1]), ['TGV', 'SFO']);
    expect(options).toEqual([
      { value: 'PDV', label: 'name of PDV', count: 3, checked: false },
      { value: 'TGV', label: 'name of TGV', count: 1, checked: true },
      { value: 'SFO', label: null, count: 0, checked: true },
    ]);
  });

  it('shows the first values of a long facet and every ticked one; "show all" shows the rest', () => {
    const many = counts(...Array.from({ length: 12 }, (_, i): [string, number] => [`M${i}`, 20 - i]));
    const options = facetOptions(many, ['M10']);
    const folded = visibleOptions(options, false, 8);
    expect(folded.shown.map((option) => option.value)).toEqual([
      'M0',
      'M1',
      'M2',
      'M3',
      'M4',
      'M5',
      'M6',
      'M7',
      'M10',
    ]);
    expect(folded.hidden).toBe(3);
    expect(visibleOptions(options, true, 8)).toEqual({ shown: options, hidden: 0 });
    // A short facet has nothing to unfold.
    expect(visibleOptions(options.slice(0, 8), false, 8).hidden).toBe(0);
  });
});
