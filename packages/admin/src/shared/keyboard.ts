/** What a page's keyboard shortcut needs to know about a key press. */
export interface KeyPress {
  key: string;
  /** The physical key (`KeyK`): shortcuts work in a Cyrillic layout too. */
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  shiftKey?: boolean;
  /** The key went to a text field, a select or an editable element: it types, it does not command. */
  inEditable?: boolean;
  /** An input method is composing (e.g. accents): its Enter confirms the text, it opens nothing. */
  isComposing?: boolean;
}

/**
 * Whether an event target takes typing, so a page's single-key shortcuts ("/", j/k…) leave it alone:
 * text fields, text areas, selects and contenteditable, but not checkboxes, buttons and the like.
 */
export function isEditableTarget(
  target: { tagName?: string; isContentEditable?: boolean; type?: string } | null,
): boolean {
  if (!target) return false;
  if (target.isContentEditable) return true;
  const tag = (target.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target.type ?? 'text').toLowerCase();
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file'].includes(type);
}
