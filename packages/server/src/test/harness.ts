import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startObmen, type Obmen } from '../app/bootstrap';
import type { AppConfig, DatabaseConfig } from '../app/config';
import { createLogger } from '../app/logger';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestServer {
  obmen: Obmen;
  url: string;
  /** Sends one GraphQL operation over HTTP, like a partner site. */
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any error and returns data. */
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Statements the database received while `work` ran. */
  countStatements(work: () => Promise<unknown>): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A fresh database built from the migrations for each test file: in-memory PGlite, or a
 * throwaway PostgreSQL database when TEST_DATABASE_URL is set.
 */
async function freshDatabase(): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return { config: { kind: 'pglite', dataDir: null }, drop: async () => undefined };
  const name = `obmen_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const client = new Client({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export async function startTestServer(options: { demo?: boolean } = {}): Promise<TestServer> {
  const database = await freshDatabase();
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    production: false,
    database: database.config,
    demo: options.demo ?? false,
    logLevel: process.env.LOG_LEVEL ?? 'silent',
  };
  const obmen = await startObmen(config, createLogger(config.logLevel));
  const url = `http://127.0.0.1:${obmen.server.port}`;

  const gql = async <T>(query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };

  return {
    obmen,
    url,
    gql,
    async ok<T>(query: string, variables?: Record<string, unknown>) {
      const result = await gql<T>(query, variables);
      if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      return result.data as T;
    },
    async countStatements(work) {
      const before = obmen.database.sql.statements;
      await work();
      return obmen.database.sql.statements - before;
    },
    async stop() {
      await obmen.stop();
      await database.drop();
    },
  };
}
