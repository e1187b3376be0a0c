/**
 * The search box's keys, as pure functions: Ctrl+K (⌘K on a Mac) anywhere, or "/" when not
 * typing, opens it; in it, the arrows move through the results and Enter opens one (Esc is the
 * dialog's own).
 */

import type { KeyPress } from '../../shared/keyboard';

/** Whether a key press opens the search box (Ctrl+K / ⌘K, or "/" outside a text field). */
export function opensSearch(press: KeyPress): boolean {
  if (press.altKey) return false;
  if (press.ctrlKey || press.metaKey) {
    // Only the chord itself: Ctrl+Shift+K and Ctrl+⌘+K are the browser's and the system's.
    if (press.shiftKey || (press.ctrlKey && press.metaKey)) return false;
    const key = press.key.toLowerCase();
    // Another layout (Bulgarian phonetic, БДС) types a Cyrillic letter on the K key.
    return key === 'k' || (press.code === 'KeyK' && /^\P{Script=Latin}$/u.test(key));
  }
  // "/" types a slash in a field; where it needs Shift (some layouts), Shift is fine.
  return press.key === '/' && !press.inEditable;
}

export type ListCommand = 'next' | 'previous' | 'open';

/** What a key pressed in the search field does to the results, or null (it types). */
export function listCommand(press: KeyPress): ListCommand | null {
  if (press.isComposing || press.altKey || press.ctrlKey || press.metaKey || press.shiftKey) return null;
  if (press.key === 'ArrowDown') return 'next';
  if (press.key === 'ArrowUp') return 'previous';
  if (press.key === 'Enter') return 'open';
  return null;
}

/** The active result after a move: one step, round from the last to the first; -1 with none. */
export function moveActive(active: number, count: number, command: 'next' | 'previous'): number {
  if (count <= 0) return -1;
  if (active < 0 || active >= count) return command === 'next' ? 0 : count - 1;
  return (active + (command === 'next' ? 1 : -1) + count) % count;
}

/** The shortcut as the header shows it, in the platform's words. */
export function shortcutHint(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘ K' : 'Ctrl K';
}
