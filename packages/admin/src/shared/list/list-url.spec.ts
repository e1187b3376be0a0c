import { withFilter } from '../url-state';
import { ariaSort, clearedFilters, nextSortDirection, searchBoxAfter, searchDiffers } from './list-url';

describe('list URL rules', () => {
  it('clears the given filters and the page, keeping the order', () => {
    const params = new URLSearchParams('q=брат&status=DRAFT&district=PDV&sort=title&after=abc');
    const cleared = withFilter(params, clearedFilters(['q', 'status', 'district']));
    expect(cleared.toString()).toBe('sort=title');
  });

  it('writes the search only when the typed text means another search', () => {
    expect(searchDiffers('брат ', 'брат')).toBe(false);
    expect(searchDiffers('брат', '')).toBe(true);
    expect(searchDiffers('  ', '')).toBe(false);
  });

  it('keeps the typing in the box unless the URL says another search', () => {
    // Typing "ранна " must not lose its space when the URL catches up with "ранна".
    expect(searchBoxAfter('ранна ', 'ранна')).toBe('ранна ');
    // The back button or "clear filters" puts the URL's search in the box.
    expect(searchBoxAfter('ранна', 'детство')).toBe('детство');
    expect(searchBoxAfter('ранна', '')).toBe('');
  });

  it('turns a sortable header: another column starts its own way, the same one reverses', () => {
    expect(nextSortDirection(false, 'asc', 'desc')).toBe('desc');
    expect(nextSortDirection(false, 'desc', 'asc')).toBe('asc');
    expect(nextSortDirection(true, 'desc', 'desc')).toBe('asc');
    expect(nextSortDirection(true, 'asc', 'desc')).toBe('desc');
  });

  it('announces the direction only on the column the list is ordered by', () => {
    expect(ariaSort(true, 'desc')).toBe('descending');
    expect(ariaSort(true, 'asc')).toBe('ascending');
    expect(ariaSort(false, 'desc')).toBe('none');
  });
});
