import type { Pool } from 'pg';
import {
  queryWords,
  searchQueries,
  SIMILAR_WORDS,
  similarWords,
  similarWordsParameters,
} from '../modules/search-index';
import { DETAIL_STATEMENT, listStatement, type ListVariant } from './limit-sql';

/**
 * The limit's answers, built by PostgreSQL: one prepared statement per shape, the JSON of
 * `data` returned as PostgreSQL's text. For the limit server and the stack floor (floor-server.ts).
 *   /practices?first=20[&after=cursor | &search=text]   /practice?slug=…
 */

const STATEMENTS: Record<ListVariant, string> = {
  first: listStatement('first'),
  after: listStatement('after'),
  search: listStatement('search'),
  searchWithoutTypos: listStatement('searchWithoutTypos'),
};

/** Obmen's cursors: base64url of JSON [sort key as PostgreSQL's text, id]. */
function decodeCursor(cursor: string): [string, string] {
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
}

export function limitAnswers(pool: Pool): (url: URL) => Promise<string | null> {
  return async function answer(url: URL): Promise<string | null> {
    const query = (name: string, text: string, values: unknown[]) =>
      pool.query<{ body: string }>({ name, text, values });
    if (url.pathname === '/practice') {
      const { rows } = await query('detail', DETAIL_STATEMENT, [url.searchParams.get('slug')]);
      return rows[0]?.body ?? null;
    }
    if (url.pathname !== '/practices') return null;
    const first = Number(url.searchParams.get('first') ?? 20);
    const after = url.searchParams.get('after');
    const search = url.searchParams.get('search');
    if (after) {
      const [key, id] = decodeCursor(after);
      return (await query('after', STATEMENTS.after, [first, key, id])).rows[0].body;
    }
    if (search) {
      // The search engine's two statements, as Obmen sends them: its typo lookup, then the page.
      const words = queryWords(search);
      const parameters = similarWordsParameters(words);
      const similar = parameters
        ? (
            await pool.query<{ stem: string; word: string }>({
              name: 'similar',
              text: SIMILAR_WORDS,
              values: parameters,
            })
          ).rows
        : [];
      const q = searchQueries(words, similarWords(similar));
      const values = [first, q.match, search.trim(), q.exact, q.stems];
      const { rows } =
        q.fuzzy === null
          ? await query('searchWithoutTypos', STATEMENTS.searchWithoutTypos, values)
          : await query('search', STATEMENTS.search, [...values, q.fuzzy]);
      return rows[0].body;
    }
    return (await query('first', STATEMENTS.first, [first])).rows[0].body;
  };
}
