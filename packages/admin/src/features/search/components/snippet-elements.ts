import { createElement, type CSSProperties, Fragment, type ReactElement } from 'react';
import type { SnippetPart } from '../snippet';

/** Matched words: the highlighter's yellow, in the text colour (dimmed text would fall below 4.5:1 on it). */
const MARK_STYLE: CSSProperties = {
  backgroundColor: 'var(--mantine-color-yellow-2)',
  color: 'var(--mantine-color-text)',
  borderRadius: 2,
  padding: '0 1px',
};

/**
 * A highlight as text nodes and <mark> elements: React escapes every text, so nothing in a
 * snippet reaches the page as markup (never dangerouslySetInnerHTML). Plain `createElement`, so
 * the unit tests render exactly this.
 */
export function snippetElements(parts: readonly SnippetPart[]): ReactElement[] {
  return parts.map((part, index) =>
    part.marked
      ? createElement('mark', { key: index, style: MARK_STYLE }, part.text)
      : createElement(Fragment, { key: index }, part.text),
  );
}
