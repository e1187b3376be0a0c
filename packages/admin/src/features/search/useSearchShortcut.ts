import { isEditableTarget } from '../../shared/keyboard';
import { useEffect, useRef } from 'react';
import { opensSearch } from './search-keyboard';

/** Calls `onOpen` for Ctrl+K / ⌘K anywhere and for "/" outside a text field, on the whole page. */
export function useSearchShortcut(onOpen: () => void) {
  const handler = useRef(onOpen);
  handler.current = onOpen;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.repeat) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      const press = {
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        shiftKey: event.shiftKey,
        inEditable: isEditableTarget(target),
      };
      if (!opensSearch(press)) return;
      // Ctrl+K would otherwise focus the browser's own search.
      event.preventDefault();
      handler.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
