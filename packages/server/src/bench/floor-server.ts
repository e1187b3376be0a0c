import 'reflect-metadata';
import http from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { GraphQLError } from 'graphql';
import { Pool } from 'pg';
import { createSchema } from '../app/schema';
import { serveForBench } from './child-server';
import { limitAnswers } from './limit-answers';
import { FLOOR_HEADER } from './shapes';

/**
 * The stack's floor, run as its own process: Express 5 and Apollo Server 5 with Obmen's schema,
 * as bare as they come (no middleware of Obmen's, no plugin but this one), answering every
 * operation with the limit's JSON from PostgreSQL instead of running a resolver. What Obmen
 * could reach on this stack if everything of its own cost nothing. DATABASE_URL, PORT.
 * The bench names the limit's request for an operation in the FLOOR_HEADER header.
 */

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const answer = limitAnswers(pool);

const fromTheLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async responseForOperation({ request, response }) {
        const target = request.http?.headers.get(FLOOR_HEADER);
        const body = target ? await answer(new URL(target, 'http://limit')) : null;
        if (body === null) throw new GraphQLError(`no answer of the limit's for ${target ?? 'this request'}`);
        return { http: response.http, body: { kind: 'single', singleResult: { data: JSON.parse(body) } } };
      },
    };
  },
};

async function main() {
  const apollo = new ApolloServer({
    schema: await createSchema(),
    // Its own handler re-raises SIGTERM once stopped, which would run the one below twice.
    stopOnTerminationSignals: false,
    // As Obmen's: unused cache hints cost much of the throughput.
    plugins: [ApolloServerPluginCacheControlDisabled(), fromTheLimit],
  });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  serveForBench(http.createServer(app), () => Promise.all([apollo.stop(), pool.end()]));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
