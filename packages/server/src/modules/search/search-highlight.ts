import { plainText } from '../../common/rich-text';
import { type PreparedSearch, words } from '../search-index';
import type { Highlight } from './search.types';

/** A snippet shows this many characters before the first match and in all. */
const BEFORE = 60;
const LENGTH = 240;
/** Fields a result shows highlights for, at most. */
const MAX_HIGHLIGHTS = 3;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

interface Localized {
  bg?: string | null;
  en?: string | null;
}

/** Which words of a text the search matched: same exact form, same stem, or a stem pg_trgm took for a typo. */
function matcher(search: PreparedSearch): (word: { fold: string; stem: string | null }) => boolean {
  const folds = new Set(search.words.map((w) => w.fold));
  const stems = new Set(search.words.flatMap((w) => [w.stem, ...(search.similar.get(w.stem) ?? [])]));
  return (word) => folds.has(word.fold) || (word.stem !== null && stems.has(word.stem));
}

/** The passage of `text` around its first match, escaped, matches in <mark>; null when nothing matched. */
export function snippet(text: string, matches: (word: { fold: string; stem: string | null }) => boolean) {
  const found = words(text).filter(matches);
  if (!found.length) return null;
  // A short text (a title) is shown whole; a long one from a little before its first match.
  let start = text.length <= LENGTH ? 0 : Math.max(0, found[0].start - BEFORE);
  // Start at a word, not inside one.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start;
  let end = Math.min(text.length, start + LENGTH);
  if (end < text.length) end = text.lastIndexOf(' ', end) > found[0].end ? text.lastIndexOf(' ', end) : end;
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const word of found) {
    if (word.start < start || word.end > end) continue;
    html +=
      escapeHtml(text.slice(at, word.start)) + `<mark>${escapeHtml(text.slice(word.start, word.end))}</mark>`;
    at = word.end;
  }
  html += escapeHtml(text.slice(at, end)) + (end < text.length ? '…' : '');
  return html;
}

/**
 * Where a record matched: its fields in the order given (title first), each in the reader's
 * language first, then the other one.
 */
export function highlightsOf(
  record: object,
  fields: readonly string[],
  search: PreparedSearch,
  locale: 'bg' | 'en',
): Highlight[] {
  const matches = matcher(search);
  const languages = locale === 'en' ? (['en', 'bg'] as const) : (['bg', 'en'] as const);
  const result: Highlight[] = [];
  for (const field of fields) {
    const value = (record as Record<string, Localized | null | undefined>)[field];
    if (!value) continue;
    for (const language of languages) {
      const text = value[language];
      const html = text ? snippet(plainText(text), matches) : null;
      if (html) {
        result.push({ field, snippet: html });
        break;
      }
    }
    if (result.length === MAX_HIGHLIGHTS) break;
  }
  return result;
}
