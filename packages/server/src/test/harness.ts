import type { DatabaseConfig } from '../db/config';
import { startObmen, type Obmen } from '../app/bootstrap';
import { withRequirements } from '../app/modules';
import type { ModuleManifest } from '../common/module';
import type { AppConfig } from '../app/config';
import { createLogger, type Logger } from '../app/logger';
import { systemActor, UserRole } from '../common/principal';
import type { DatabaseTimeouts } from '../db/config';
import { audit } from '../modules/audit';
import { auth } from '../modules/auth';
import { OrganizationKind, organization } from '../modules/organization';
import { revision } from '../modules/revision';
import { webhookSettings } from '../modules/webhook';
import { freshDatabase } from './database';

export { freshDatabase } from './database';

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
  /** Its database, for a second server on it (`database` option). */
  databaseConfig: DatabaseConfig;
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

export const TEST_PASSWORD = 'test-password-obmen';

/** The user `as(role)` signs in as; the run's template database already holds one per role. */
export const testUser = (role: UserRole) => ({
  email: `${role.toLowerCase()}@test.example`,
  password: TEST_PASSWORD,
  name: role,
  roles: [role],
});

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
  const user = testUser(who);
  await services.auth.ensureUser(user);
  const { token } = await services.auth.login(user.email, user.password, { ip: 'test', userAgent: null });
  return { cookie: `obmen_session=${token}` };
}

export interface TestServerOptions {
  demo?: boolean;
  production?: boolean;
  logger?: Logger;
  timeouts?: DatabaseTimeouts;
  /** Every module (the default), or a module's spec's few: startModuleServer. */
  modules?: readonly ModuleManifest[];
  /** Another server's database (PostgreSQL), for two servers on one database; not dropped by stop(). */
  database?: DatabaseConfig;
}

/**
 * What every test server has besides the modules under test: the principals `as()` signs in as
 * (auth; a partner token belongs to an organization) and the editorial record (revision, audit).
 */
const TEST_KERNEL = [audit, auth, organization, revision];

/**
 * A server of only `modules`, what they require and the test kernel: a module's spec does not
 * build the schema, services and start-up work of modules it never calls.
 */
export const startModuleServer = (
  modules: readonly ModuleManifest[],
  options: Omit<TestServerOptions, 'modules'> = {},
): Promise<TestServer> =>
  startTestServer({ ...options, modules: withRequirements([...TEST_KERNEL, ...modules]) });

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const database = options.database
    ? { config: options.database, drop: async () => undefined }
    : await freshDatabase();
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    production: options.production ?? false,
    // Two test files share CI's two cores with the e2e server: the production bounds would fail
    // slow but healthy statements there. The timeout tests set their own.
    database: { ...database.config, timeouts: options.timeouts ?? TEST_TIMEOUTS },
    demo: options.demo ?? false,
    // No publishing ticks in the background: a tick in the middle of a test adds statements to
    // its counts (batching.spec) and writes nobody asked for. Scheduler tests call runOnce.
    publishIntervalSeconds: 0,
    // And the import worker's (it still wakes when this server starts or applies a job).
    importPollSeconds: 0,
    // Likewise the webhook worker's polling (it still wakes after each commit that queued a
    // delivery); the webhook specs set OBMEN_WEBHOOK_POLL_MS when they wait for retries.
    webhooks: webhookSettings(
      { OBMEN_WEBHOOK_POLL_MS: '3600000', ...process.env },
      options.production ?? false,
    ),
    logLevel: process.env.LOG_LEVEL ?? 'silent',
    trustProxy: false,
    admin: null,
  };
  const obmen = await startObmen(config, options.logger ?? createLogger(config.logLevel), options.modules);
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
    databaseConfig: database.config,
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
