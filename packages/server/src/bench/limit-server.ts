import http from 'node:http';
import { Pool } from 'pg';
import {
  queryWords,
  searchQueries,
  SIMILAR_WORDS,
  similarWords,
  similarWordsParameters,
} from '../modules/search-index';
import { DETAIL_STATEMENT, listStatement, type ListVariant } from './limit-sql';

/**
 * The limit server, run as its own process (as Obmen is): node:http and one prepared statement
 * per shape, the answer built by PostgreSQL and sent as it comes. DATABASE_URL, PORT.
 *   GET /practices?first=20[&after=cursor | &search=text]   GET /practice?slug=…
 */

// As many connections as Obmen's pool (db/data-source.ts), so both get the same database.
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const STATEMENTS: Record<ListVariant, string> = {
  first: listStatement('first'),
  after: listStatement('after'),
  search: listStatement('search'),
};

/** Obmen's cursors: base64url of JSON [sort key as PostgreSQL's text, id]. */
function decodeCursor(cursor: string): [string, string] {
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
}

async function answer(url: URL): Promise<string | null> {
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
    const values = [first, q.match, search.trim(), q.exact, q.stems, q.fuzzy];
    return (await query('search', STATEMENTS.search, values)).rows[0].body;
  }
  return (await query('first', STATEMENTS.first, [first])).rows[0].body;
}

const server = http.createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://limit');
  answer(url).then(
    (body) => {
      if (body === null) {
        response.writeHead(404).end();
        return;
      }
      const payload = `{"data":${body}}`;
      response.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(payload),
      });
      response.end(payload);
    },
    (error: unknown) => {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    },
  );
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  // The bench waits for this line to know the port.
  process.stdout.write(`listening ${port}\n`);
});

process.on('SIGTERM', () => {
  server.close();
  void pool.end().then(() => process.exit(0));
});
