import { isEditableTarget } from '../../shared/keyboard';
import { listCommand, moveActive, opensSearch, shortcutHint } from './search-keyboard';

describe('opensSearch', () => {
  it('opens on Ctrl+K and ⌘K, in a field too', () => {
    expect(opensSearch({ key: 'k', code: 'KeyK', ctrlKey: true })).toBe(true);
    expect(opensSearch({ key: 'K', code: 'KeyK', metaKey: true })).toBe(true);
    expect(opensSearch({ key: 'k', code: 'KeyK', ctrlKey: true, inEditable: true })).toBe(true);
  });

  it('opens on Ctrl+K in a Cyrillic layout (the K key types к or ш)', () => {
    expect(opensSearch({ key: 'к', code: 'KeyK', ctrlKey: true })).toBe(true);
    expect(opensSearch({ key: 'ш', code: 'KeyK', ctrlKey: true })).toBe(true);
    // Another Cyrillic letter on another key is not the shortcut.
    expect(opensSearch({ key: 'к', code: 'KeyR', ctrlKey: true })).toBe(false);
  });

  it('leaves other chords and plain k alone', () => {
    expect(opensSearch({ key: 'k', code: 'KeyK' })).toBe(false);
    expect(opensSearch({ key: 'K', code: 'KeyK', ctrlKey: true, shiftKey: true })).toBe(false);
    expect(opensSearch({ key: 'k', code: 'KeyK', ctrlKey: true, altKey: true })).toBe(false);
    expect(opensSearch({ key: 'k', code: 'KeyK', ctrlKey: true, metaKey: true })).toBe(false);
    expect(opensSearch({ key: 'j', code: 'KeyJ', ctrlKey: true })).toBe(false);
  });

  it('opens on "/" only when not typing in a field', () => {
    expect(opensSearch({ key: '/', code: 'Slash' })).toBe(true);
    expect(opensSearch({ key: '/', code: 'Digit7', shiftKey: true })).toBe(true);
    expect(opensSearch({ key: '/', code: 'Slash', inEditable: true })).toBe(false);
    expect(opensSearch({ key: '/', code: 'Slash', ctrlKey: true })).toBe(false);
    expect(opensSearch({ key: '?', code: 'Slash', shiftKey: true })).toBe(false);
  });
});

describe('listCommand', () => {
  it('moves with the arrows and opens with Enter', () => {
    expect(listCommand({ key: 'ArrowDown' })).toBe('next');
    expect(listCommand({ key: 'ArrowUp' })).toBe('previous');
    expect(listCommand({ key: 'Enter' })).toBe('open');
  });

  it('leaves typing, modified keys and an input method composing to the field', () => {
    expect(listCommand({ key: 'a' })).toBeNull();
    expect(listCommand({ key: 'Home' })).toBeNull();
    expect(listCommand({ key: 'Enter', isComposing: true })).toBeNull();
    expect(listCommand({ key: 'ArrowDown', shiftKey: true })).toBeNull();
    expect(listCommand({ key: 'Enter', ctrlKey: true })).toBeNull();
  });
});

describe('moveActive', () => {
  it('steps through the results and goes round at either end', () => {
    expect(moveActive(0, 3, 'next')).toBe(1);
    expect(moveActive(2, 3, 'next')).toBe(0);
    expect(moveActive(0, 3, 'previous')).toBe(2);
    expect(moveActive(2, 3, 'previous')).toBe(1);
  });

  it('starts from an end when nothing (or something gone) was active, and has nothing to move in an empty list', () => {
    expect(moveActive(-1, 3, 'next')).toBe(0);
    expect(moveActive(5, 3, 'previous')).toBe(2);
    expect(moveActive(0, 0, 'next')).toBe(-1);
  });
});

describe('shortcutHint', () => {
  it('says ⌘ on Apple devices and Ctrl elsewhere', () => {
    expect(shortcutHint('MacIntel')).toBe('⌘ K');
    expect(shortcutHint('macOS')).toBe('⌘ K');
    expect(shortcutHint('Win32')).toBe('Ctrl K');
    expect(shortcutHint('Linux x86_64')).toBe('Ctrl K');
  });
});

describe('isEditableTarget', () => {
  it('is a text field, a text area, a select or an editable element, not a checkbox or a button', () => {
    expect(isEditableTarget({ tagName: 'INPUT' })).toBe(true);
    expect(isEditableTarget({ tagName: 'INPUT', type: 'search' })).toBe(true);
    expect(isEditableTarget({ tagName: 'TEXTAREA' })).toBe(true);
    expect(isEditableTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isEditableTarget({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isEditableTarget({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    expect(isEditableTarget({ tagName: 'BUTTON' })).toBe(false);
    expect(isEditableTarget(null)).toBe(false);
  });
});
