import http from 'node:http';
import { Pool } from 'pg';
import { serveForBench } from './child-server';
import { limitAnswers } from './limit-answers';

/**
 * The limit server, run as its own process (as Obmen is): node:http and one prepared statement
 * per shape, the answer built by PostgreSQL and sent as it comes. DATABASE_URL, PORT.
 *   GET /practices?first=20[&after=cursor | &search=text]   GET /practice?slug=…
 */

// As many connections as Obmen's pool (db/data-source.ts), so both get the same database.
const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const answer = limitAnswers(pool);

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

serveForBench(server, () => pool.end());
