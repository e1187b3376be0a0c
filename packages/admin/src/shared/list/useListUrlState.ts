import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { type ParamValue, withFilter } from '../url-state';
import { clearedFilters, searchBoxAfter, searchDiffers } from './list-url';
import { useUrlParams } from '../hooks/useUrlParams';

/** How long typing must pause before the search reaches the URL (and the server). */
const SEARCH_DELAY_MS = 300;

export interface ListUrlKeys {
  /** The search's URL parameter. */
  search: string;
  /** The other filters' parameters: what "clear filters" removes besides the search. */
  filters: readonly string[];
}

export interface ListUrlState<S> {
  /** What the list shows, as read from the URL. */
  state: S;
  /** The search box's text (ahead of the URL while typing). */
  search: string;
  setSearch: (value: string) => void;
  /** Changes filters or the order, back on the first page. */
  setFilters: (patch: Record<string, ParamValue>) => void;
  clearFilters: () => void;
}

/**
 * A list screen's state kept in the URL (filters, order, cursor), so a reload, the back button
 * or a shared link shows the same list. `read` must be a module-level function (it is a memo key).
 */
export function useListUrlState<S extends { search: string }>(
  read: (params: URLSearchParams) => S,
  keys: ListUrlKeys,
): ListUrlState<S> {
  const [params, setParams] = useUrlParams();
  const state = useMemo(() => read(params), [read, params]);

  // The box writes the URL once typing pauses, without a history entry per word.
  const [search, setSearch] = useState(state.search);
  const [debounced] = useDebouncedValue(search, SEARCH_DELAY_MS);
  useEffect(() => {
    if (searchDiffers(debounced, state.search)) {
      setParams((current) => withFilter(current, { [keys.search]: debounced }), {
        replace: true,
        flush: false,
      });
    }
    // Only a new debounced value writes the URL.
  }, [debounced]);
  useEffect(() => {
    setSearch((box) => searchBoxAfter(box, state.search));
  }, [state.search]);

  const setFilters = (patch: Record<string, ParamValue>) =>
    setParams((current) => withFilter(current, patch));
  const clearFilters = () => {
    setSearch('');
    setFilters(clearedFilters([keys.search, ...keys.filters]));
  };
  return { state, search, setSearch, setFilters, clearFilters };
}
