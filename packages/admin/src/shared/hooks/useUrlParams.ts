import { useCallback } from 'react';
import { useNavigate, useSearchParams } from 'react-router';

export type UrlParamsUpdate = URLSearchParams | ((current: URLSearchParams) => URLSearchParams);

export interface UrlParamsOptions {
  /** Replaces the history entry (typing in a search box) instead of adding one. */
  replace?: boolean;
  /**
   * Renders the new address before returning (default). Off only where React may not flush:
   * inside an effect.
   */
  flush?: boolean;
}

/**
 * The address's query and a writer for it. Unlike `useSearchParams`' own setter, the writer
 * starts from the address as it is now, not as this component last rendered it: the router
 * renders a new address in a transition, so two choices made in quick succession (a filter, then
 * another) would otherwise build on the same old query and the first would be lost. And it
 * renders the change at once, so a list never shows its previous rows as current after its
 * address changed (its table is busy from the same moment).
 */
export function useUrlParams(): [
  URLSearchParams,
  (update: UrlParamsUpdate, options?: UrlParamsOptions) => void,
] {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const setParams = useCallback(
    (update: UrlParamsUpdate, { replace = false, flush = true }: UrlParamsOptions = {}) => {
      const next =
        typeof update === 'function' ? update(new URLSearchParams(window.location.search)) : update;
      void navigate(`?${next.toString()}`, { replace, flushSync: flush });
    },
    [navigate],
  );
  return [params, setParams];
}
