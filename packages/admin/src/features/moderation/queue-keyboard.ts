/**
 * The moderation queue's keyboard and selection logic, as a pure reducer: j/k move the focused
 * row, x toggles its selection, a/r/s decide for the selection (or the focused row), ? shows help.
 */

import type { KeyPress } from '../../shared/keyboard';

export interface QueueState {
  /** Row ids in the order shown. */
  ids: string[];
  /** Index of the focused row; -1 when none. */
  focus: number;
  /** Selected ids, in the order they were selected. */
  selected: string[];
}

export type QueueAction =
  | { type: 'rows'; ids: string[] }
  | { type: 'move'; by: number }
  | { type: 'focus'; id: string }
  | { type: 'toggle'; id?: string }
  | { type: 'toggleAll' }
  | { type: 'clear' };

export const initialQueueState: QueueState = { ids: [], focus: -1, selected: [] };

function clamp(value: number, length: number): number {
  if (length === 0) return -1;
  return Math.min(Math.max(value, 0), length - 1);
}

export function queueReducer(state: QueueState, action: QueueAction): QueueState {
  switch (action.type) {
    case 'rows': {
      // New rows (a page, a refresh after a decision): keep what is still there, focus nearby.
      const focusedId = state.ids[state.focus];
      const kept = focusedId ? action.ids.indexOf(focusedId) : -1;
      const focus = kept >= 0 ? kept : state.focus < 0 ? -1 : clamp(state.focus, action.ids.length);
      const selected = state.selected.filter((id) => action.ids.includes(id));
      return { ids: action.ids, focus, selected };
    }
    case 'move': {
      if (state.ids.length === 0) return state;
      const focus = state.focus < 0 ? (action.by > 0 ? 0 : state.ids.length - 1) : state.focus + action.by;
      return { ...state, focus: clamp(focus, state.ids.length) };
    }
    case 'focus': {
      const focus = state.ids.indexOf(action.id);
      return focus < 0 ? state : { ...state, focus };
    }
    case 'toggle': {
      const id = action.id ?? state.ids[state.focus];
      if (!id || !state.ids.includes(id)) return state;
      const selected = state.selected.includes(id)
        ? state.selected.filter((s) => s !== id)
        : [...state.selected, id];
      return { ...state, selected };
    }
    case 'toggleAll': {
      const all = state.ids.length > 0 && state.ids.every((id) => state.selected.includes(id));
      return { ...state, selected: all ? [] : [...state.ids] };
    }
    case 'clear':
      return state.selected.length ? { ...state, selected: [] } : state;
  }
}

/** Whom a decision applies to: the selection, or else the focused row. */
export function decisionTargets(state: QueueState): string[] {
  if (state.selected.length) return state.ids.filter((id) => state.selected.includes(id));
  const focused = state.ids[state.focus];
  return focused ? [focused] : [];
}

/** "Some but not all" for the header checkbox. */
export function selectionSummary(state: QueueState): { all: boolean; some: boolean; count: number } {
  const count = state.ids.filter((id) => state.selected.includes(id)).length;
  return { all: count > 0 && count === state.ids.length, some: count > 0 && count < state.ids.length, count };
}

export type QueueCommand =
  'down' | 'up' | 'toggle' | 'approve' | 'reject' | 'spam' | 'open' | 'help' | 'escape';

const KEYS: Record<string, QueueCommand> = {
  j: 'down',
  k: 'up',
  x: 'toggle',
  a: 'approve',
  r: 'reject',
  s: 'spam',
  o: 'open',
  '?': 'help',
  Escape: 'escape',
};

/** The command a key press means, or null (modifiers and typing never command). */
export function keyCommand(press: KeyPress): QueueCommand | null {
  if (press.ctrlKey || press.metaKey || press.altKey || press.inEditable) return null;
  const key = press.key.length === 1 && press.key !== '?' ? press.key.toLowerCase() : press.key;
  const byKey = KEYS[key];
  if (byKey) return byKey;
  // Another layout (e.g. Bulgarian phonetic or БДС): the letter keys by their position.
  const letter = /^Key([A-Z])$/.exec(press.code ?? '')?.[1]?.toLowerCase();
  return letter && /^\P{Script=Latin}$/u.test(key) ? (KEYS[letter] ?? null) : null;
}

/** The shortcuts, in the order the help lists them (`keys` are shown as typed). */
export const SHORTCUTS: readonly { keys: readonly string[]; command: QueueCommand }[] = [
  { keys: ['j'], command: 'down' },
  { keys: ['k'], command: 'up' },
  { keys: ['x'], command: 'toggle' },
  { keys: ['a'], command: 'approve' },
  { keys: ['r'], command: 'reject' },
  { keys: ['s'], command: 'spam' },
  { keys: ['o'], command: 'open' },
  { keys: ['Esc'], command: 'escape' },
  { keys: ['?'], command: 'help' },
];
