import { bulgarianTerm, foldWord } from '../../common/search-text';

/*
 * The index's lexemes and the query's tsqueries, built here in Node from common/search-text.ts, so
 * PGlite and PostgreSQL hold and match exactly the same terms. A word gives two lexemes: its stem
 * (децата, деца, detsa → "det") and its exact folded form, marked with EXACT ("_decata"), so a query
 * word written as in the text ranks above one that only shares the stem.
 */

/** Bump when the analyzer's output changes: documents of an older version are rebuilt at start. */
export const ANALYZER_VERSION = 1;

export const EXACT = '_';

/** Which part of a record a word came from; PostgreSQL's ts_rank weighs A > B > C > D. */
export type Weight = 'A' | 'B' | 'C' | 'D';

export interface Word {
  /** Offsets in the text it came from (for highlights). */
  start: number;
  end: number;
  fold: string;
  /** Null for a stop word. */
  stem: string | null;
}

// Letters, digits and marks make a word; a soft hyphen or zero-width character inside one (text
// pasted from a PDF or Word) does not split it, as in common/search-text.ts.
const WORD = /[\p{L}\p{M}\p{N}\u00AD\u200B-\u200D\u2060\uFEFF]+/gu;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
/** tsvector limits: positions run to 16383 and a lexeme keeps at most 256 of them. */
const MAX_POSITION = 16_383;
const MAX_POSITIONS_PER_LEXEME = 256;

/** The words of a text with where they are in it. */
export function words(text: string): Word[] {
  const found: Word[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0].replace(INVISIBLE, '');
    const fold = raw ? foldWord(raw) : '';
    if (!fold) continue;
    found.push({ start: match.index, end: match.index + match[0].length, fold, stem: bulgarianTerm(raw) });
  }
  return found;
}

/** A tsvector/tsquery lexeme literal. */
export function lexeme(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

export interface DocumentPart {
  text: string;
  weight: Weight;
}

/** A document's tsvector (as a literal for `::tsvector`) and the stems it holds. */
export function documentVector(parts: readonly DocumentPart[]): { vector: string; stems: Set<string> } {
  const positions = new Map<string, string[]>();
  const stems = new Set<string>();
  let position = 0;
  const add = (value: string, weight: Weight) => {
    let list = positions.get(value);
    if (!list) positions.set(value, (list = []));
    if (list.length < MAX_POSITIONS_PER_LEXEME) list.push(`${Math.min(position, MAX_POSITION)}${weight}`);
  };
  for (const part of parts) {
    for (const word of words(part.text)) {
      if (word.stem === null) continue; // stop words are not searched
      position += 1;
      stems.add(word.stem);
      add(word.stem, part.weight);
      add(EXACT + word.fold, part.weight);
    }
    position += 1; // parts are not adjacent phrases
  }
  const vector = [...positions].map(([value, list]) => `${lexeme(value)}:${list.join(',')}`).join(' ');
  return { vector, stems };
}

/** A query word: what it matches exactly and by stem. */
export interface QueryWord {
  fold: string;
  stem: string;
  /** Letters as typed: typos are forgiven from five letters on. */
  letters: number;
}

/**
 * Words of a query that count: a query is a few words, not a text, and each word is a term of the
 * statement (and a trigram lookup), so a pasted paragraph cannot make a slow one.
 */
export const MAX_QUERY_WORDS = 12;

/** The searchable words of a query, stop words and repeats left out, at most MAX_QUERY_WORDS. */
export function queryWords(query: string): QueryWord[] {
  const seen = new Set<string>();
  const result: QueryWord[] = [];
  for (const word of words(query)) {
    if (word.stem === null || seen.has(word.fold)) continue;
    seen.add(word.fold);
    const letters = [...query.slice(word.start, word.end).replace(INVISIBLE, '')].length;
    result.push({ fold: word.fold, stem: word.stem, letters });
    if (result.length === MAX_QUERY_WORDS) break;
  }
  return result;
}

/** Whether a query word may be mistyped enough to need pg_trgm. */
export const forgivesTypos = (word: QueryWord): boolean => word.letters >= 5;

/**
 * The tsqueries of a search: `match` (every word, by stem, exact form or a known word it may be a
 * typo of) and, for ranking, the exact forms, the stems and the typo candidates on their own.
 * `similar` maps a word's stem to the indexed stems pg_trgm found close to it.
 */
export interface SearchQueries {
  match: string;
  exact: string;
  stems: string;
  /** Null when no word has a typo candidate: the rank then has no term for them. */
  fuzzy: string | null;
}

const any = (values: Iterable<string>): string => [...new Set(values)].map(lexeme).join(' | ');

export function searchQueries(
  queryWordList: readonly QueryWord[],
  similar: ReadonlyMap<string, readonly string[]>,
): SearchQueries {
  const fuzzy = queryWordList.flatMap((w) => (similar.get(w.stem) ?? []).filter((s) => s !== w.stem));
  return {
    match: queryWordList
      .map((w) => `(${any([w.stem, EXACT + w.fold, ...(similar.get(w.stem) ?? [])])})`)
      .join(' & '),
    exact: any(queryWordList.map((w) => EXACT + w.fold)),
    stems: any(queryWordList.map((w) => w.stem)),
    fuzzy: fuzzy.length ? any(fuzzy) : null,
  };
}
