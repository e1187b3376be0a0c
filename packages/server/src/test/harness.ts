import { randomBytes } from 'node:crypto';
import { Client as PgClient } from 'pg';
import { startObmen, type Obmen } from '../app/bootstrap';
import type { AppConfig, DatabaseConfig, DatabaseTimeouts } from '../app/config';
import { createLogger, type Logger } from '../app/logger';
import { UserRole } from '../modules/auth/auth.entity';
import { systemActor } from '../modules/auth/principal';
import { OrganizationKind } from '../modules/organization/organization.entity';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export type As = UserRole | 'public' | 'partner';

export interface Client {
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphQLResponse<T>>;
  ok<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export interface TestServer extends Client {
  obmen: Obmen;
  url: string;
  /** The same API as someone else: the public, a partner token, or a signed-in role. */
  as(who: As): Promise<Client>;
  /** Headers that authenticate as `who` (a session cookie or a bearer token). */
  headersFor(who: As): Promise<Record<string, string>>;
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
export async function freshDatabase(): Promise<{ config: DatabaseConfig; drop(): Promise<void> }> {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) return { config: { kind: 'pglite', dataDir: null }, drop: async () => undefined };
  const name = `obmen_test_${randomBytes(6).toString('hex')}`;
  const admin = new PgClient({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString() },
    drop: async () => {
      const client = new PgClient({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export const TEST_PASSWORD = 'test-password-obmen';

const TEST_TIMEOUTS: DatabaseTimeouts = { statementMs: 30_000, lockMs: 20_000, poolWaitMs: 30_000 };

/** A signed-in session per role (a user created for it), or a partner token for a test organization. */
async function signIn(obmen: Obmen, who: As): Promise<Record<string, string>> {
  const { services } = obmen;
  const actor = systemActor('test');
  if (who === 'public') return {};
  if (who === 'partner') {
    const org = await services.organizations.create(
      { name: { bg: 'Партньорски сайт' }, kind: OrganizationKind.MUNICIPALITY },
      actor,
    );
    const { token } = await services.access.createToken(
      { name: 'test partner', organizationId: org.id },
      actor,
    );
    return { authorization: `Bearer ${token}` };
  }
  const email = `${who.toLowerCase()}@test.example`;
  await services.auth.ensureUser({ email, password: TEST_PASSWORD, name: who, roles: [who] });
  const { token } = await services.auth.login(email, TEST_PASSWORD, { ip: 'test', userAgent: null });
  return { cookie: `obmen_session=${token}` };
}

export async function startTestServer(
  options: { demo?: boolean; production?: boolean; logger?: Logger; timeouts?: DatabaseTimeouts } = {},
): Promise<TestServer> {
  const database = await freshDatabase();
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    production: options.production ?? false,
    // Two test files share CI's two cores with the e2e server: the production bounds would fail
    // slow but healthy statements there. The timeout tests set their own.
    database: { ...database.config, timeouts: options.timeouts ?? TEST_TIMEOUTS },
    demo: options.demo ?? false,
    logLevel: process.env.LOG_LEVEL ?? 'silent',
    trustProxy: false,
    admin: null,
  };
  const obmen = await startObmen(config, options.logger ?? createLogger(config.logLevel));
  const url = `http://127.0.0.1:${obmen.server.port}`;

  const client = (headers: () => Promise<Record<string, string>>): Client => {
    const gql = async <T>(query: string, variables?: Record<string, unknown>) => {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await headers()) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<T>;
    };
    return {
      gql,
      async ok<T>(query: string, variables?: Record<string, unknown>) {
        const result = await gql<T>(query, variables);
        if (result.errors?.length)
          throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
        return result.data as T;
      },
    };
  };

  const credentials = new Map<As, Promise<Record<string, string>>>();
  const headersFor = (who: As) => {
    let headers = credentials.get(who);
    if (!headers) {
      headers = signIn(obmen, who);
      credentials.set(who, headers);
    }
    return headers;
  };
  // Most tests act as an admin; `as()` gives the other five principals.
  const admin = client(() => headersFor(UserRole.ADMIN));

  return {
    obmen,
    url,
    ...admin,
    headersFor,
    async as(who: As) {
      return client(() => headersFor(who));
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
