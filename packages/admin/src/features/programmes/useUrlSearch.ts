import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { withFilter } from '../../shared/url-state';

/**
 * A search box bound to a URL parameter: typing updates the URL once it pauses, and the URL
 * (back button, clearing filters) updates the box.
 */
export function useUrlSearch(param: string, current: string): [string, (value: string) => void] {
  const [, setParams] = useSearchParams();
  const [search, setSearch] = useState(current);
  const [debounced] = useDebouncedValue(search, 300);
  useEffect(() => {
    if (debounced.trim() !== current) {
      setParams((params) => withFilter(params, { [param]: debounced }), { replace: true });
    }
    // Only a new debounced value writes the URL.
  }, [debounced]);
  useEffect(() => {
    setSearch((value) => (value.trim() === current ? value : current));
  }, [current]);
  return [search, setSearch];
}
