import { isEditableTarget } from '../../shared/keyboard';
import { useEffect, useRef } from 'react';
import { keyCommand, type QueueCommand } from './queue-keyboard';

/**
 * Listens for the queue's single-key shortcuts on the whole page while `enabled` (not while a
 * dialog is open), never while the user types in a field or holds a modifier.
 */
export function useQueueShortcuts(onCommand: (command: QueueCommand) => void, enabled: boolean) {
  const handler = useRef(onCommand);
  handler.current = onCommand;
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const command = keyCommand({
        key: event.key,
        code: event.code,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        inEditable: isEditableTarget(event.target instanceof HTMLElement ? event.target : null),
      });
      if (!command) return;
      event.preventDefault();
      // Holding j or k scrolls through the rows; a held decision key decides once.
      if (event.repeat && command !== 'down' && command !== 'up') return;
      handler.current(command);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
