import { isEditableTarget } from '../../shared/keyboard';
import {
  decisionTargets,
  initialQueueState,
  keyCommand,
  type QueueAction,
  queueReducer,
  type QueueState,
  selectionSummary,
} from './queue-keyboard';

const run = (state: QueueState, ...actions: QueueAction[]) => actions.reduce(queueReducer, state);
const rows = (ids: string[]) => run(initialQueueState, { type: 'rows', ids });

describe('queue reducer', () => {
  it('starts with no focus and moves j/k within the rows', () => {
    const state = rows(['a', 'b', 'c']);
    expect(state.focus).toBe(-1);
    expect(run(state, { type: 'move', by: 1 }).focus).toBe(0);
    expect(run(state, { type: 'move', by: -1 }).focus).toBe(2);
    expect(
      run(
        state,
        { type: 'move', by: 1 },
        { type: 'move', by: 1 },
        { type: 'move', by: 1 },
        { type: 'move', by: 1 },
      ).focus,
    ).toBe(2);
    expect(run(state, { type: 'move', by: 1 }, { type: 'move', by: -1 }).focus).toBe(0);
  });

  it('does nothing on an empty queue', () => {
    const state = rows([]);
    expect(run(state, { type: 'move', by: 1 }, { type: 'toggle' }, { type: 'toggleAll' })).toEqual(state);
    expect(decisionTargets(state)).toEqual([]);
  });

  it('toggles the focused row or a given one', () => {
    let state = run(rows(['a', 'b', 'c']), { type: 'move', by: 1 }, { type: 'toggle' });
    expect(state.selected).toEqual(['a']);
    state = run(state, { type: 'toggle', id: 'c' });
    expect(state.selected).toEqual(['a', 'c']);
    state = run(state, { type: 'toggle' });
    expect(state.selected).toEqual(['c']);
    expect(run(state, { type: 'toggle', id: 'zzz' })).toBe(state);
  });

  it('selects all, then none', () => {
    const state = run(rows(['a', 'b']), { type: 'toggle', id: 'b' });
    expect(selectionSummary(state)).toEqual({ all: false, some: true, count: 1 });
    const all = run(state, { type: 'toggleAll' });
    expect(all.selected).toEqual(['a', 'b']);
    expect(selectionSummary(all)).toEqual({ all: true, some: false, count: 2 });
    expect(run(all, { type: 'toggleAll' }).selected).toEqual([]);
    expect(run(all, { type: 'clear' }).selected).toEqual([]);
  });

  it('focuses a row by id (a click)', () => {
    expect(run(rows(['a', 'b']), { type: 'focus', id: 'b' }).focus).toBe(1);
    expect(run(rows(['a', 'b']), { type: 'focus', id: 'x' }).focus).toBe(-1);
  });

  it('keeps focus and selection across a refresh, dropping decided rows', () => {
    let state = run(
      rows(['a', 'b', 'c', 'd']),
      { type: 'focus', id: 'c' },
      { type: 'toggle', id: 'a' },
      { type: 'toggle', id: 'd' },
    );
    // a and b were decided and left the queue.
    state = run(state, { type: 'rows', ids: ['c', 'd', 'e'] });
    expect(state.focus).toBe(0);
    expect(state.ids[state.focus]).toBe('c');
    expect(state.selected).toEqual(['d']);
  });

  it('keeps the focus position when the focused row left', () => {
    let state = run(rows(['a', 'b', 'c']), { type: 'focus', id: 'c' });
    state = run(state, { type: 'rows', ids: ['a', 'b'] });
    expect(state.focus).toBe(1);
    expect(run(state, { type: 'rows', ids: [] }).focus).toBe(-1);
  });
});

describe('decision targets', () => {
  it('are the selection in row order, else the focused row', () => {
    const state = run(rows(['a', 'b', 'c']), { type: 'toggle', id: 'c' }, { type: 'toggle', id: 'a' });
    expect(decisionTargets(state)).toEqual(['a', 'c']);
    expect(decisionTargets(run(rows(['a', 'b']), { type: 'move', by: 1 }, { type: 'move', by: 1 }))).toEqual([
      'b',
    ]);
  });
});

describe('shortcut keys', () => {
  it('map letters to commands, case-insensitively', () => {
    expect(keyCommand({ key: 'j' })).toBe('down');
    expect(keyCommand({ key: 'K' })).toBe('up');
    expect(keyCommand({ key: 'x' })).toBe('toggle');
    expect(keyCommand({ key: 'a' })).toBe('approve');
    expect(keyCommand({ key: 'r' })).toBe('reject');
    expect(keyCommand({ key: 's' })).toBe('spam');
    expect(keyCommand({ key: 'o' })).toBe('open');
    expect(keyCommand({ key: '?' })).toBe('help');
    expect(keyCommand({ key: 'Escape' })).toBe('escape');
    expect(keyCommand({ key: 'q' })).toBeNull();
  });

  it('ignore modified keys and typing in fields', () => {
    expect(keyCommand({ key: 'a', ctrlKey: true })).toBeNull();
    expect(keyCommand({ key: 's', metaKey: true })).toBeNull();
    expect(keyCommand({ key: 'j', altKey: true })).toBeNull();
    expect(keyCommand({ key: 'a', inEditable: true })).toBeNull();
  });

  it('work by key position in a Cyrillic layout', () => {
    expect(keyCommand({ key: 'й', code: 'KeyJ' })).toBe('down');
    expect(keyCommand({ key: 'а', code: 'KeyA' })).toBe('approve');
    // A Latin letter is taken as typed, wherever the key is (e.g. AZERTY's a on KeyQ).
    expect(keyCommand({ key: 'a', code: 'KeyQ' })).toBe('approve');
    expect(keyCommand({ key: 'q', code: 'KeyA' })).toBeNull();
  });

  it('know which targets take typing', () => {
    expect(isEditableTarget({ tagName: 'INPUT', type: 'text' })).toBe(true);
    expect(isEditableTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isEditableTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isEditableTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isEditableTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isEditableTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
  });
});
