import { systemActor, UserRole } from '../common/principal';
import type { DatabaseConfig } from '../db/config';
import { auth } from '../modules/auth';
import { organization, OrganizationKind } from '../modules/organization';
import { taxonomy } from '../modules/taxonomy';
import { freshDatabase, TEST_PASSWORD, testUser } from '../test/harness';
import { startObmen, type Obmen } from './bootstrap';
import type { AppConfig } from './config';
import { createLogger } from './logger';
import { withRequirements } from './modules';

/*
 * Quotas as a partner notices them: the request over the limit is a 429 with Retry-After, every
 * answer to a limited caller says where it stands (RateLimit-*), the count is shared by the
 * servers on one database, and /metrics counts requests and refusals for whoever holds its token.
 */

const SEED = systemActor('test');
const THEMES = 'query Themes { themes { totalCount } }';

interface Server {
  obmen: Obmen;
  url: string;
  database: DatabaseConfig;
  stop(): Promise<void>;
}

/** A server with the given quotas and /metrics token (the test harness's servers have neither). */
async function startServer(extra: Partial<AppConfig>, database?: DatabaseConfig): Promise<Server> {
  const fresh = database ? { config: database, drop: async () => undefined } : await freshDatabase();
  const config: AppConfig = {
    port: 0,
    host: '127.0.0.1',
    production: false,
    database: { ...fresh.config, timeouts: { statementMs: 30_000, lockMs: 20_000, poolWaitMs: 30_000 } },
    demo: false,
    logLevel: 'silent',
    trustProxy: false,
    admin: null,
    ...extra,
  };
  const obmen = await startObmen(
    config,
    createLogger('silent'),
    withRequirements([auth, organization, taxonomy]),
  );
  return {
    obmen,
    url: `http://127.0.0.1:${obmen.server.port}`,
    database: fresh.config,
    stop: async () => {
      await obmen.stop();
      await fresh.drop();
    },
  };
}

const LIMITS = { tokenPerMinute: 600, tokenPerDay: 100_000, publicPerMinute: 3 };

async function newToken(server: Server, quota: { quotaPerMinute?: number; quotaPerDay?: number }) {
  const s = server.obmen.services;
  const org = await s.organizations.create({ name: { bg: 'Партньор' }, kind: OrganizationKind.NGO }, SEED);
  return (await s.access.createToken({ name: 'limited', organizationId: org.id, ...quota }, SEED)).token;
}

const post = (server: Server, headers: Record<string, string> = {}) =>
  fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: THEMES }),
  });

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A burst that must fit in one minute window: wait out the last seconds of the current one. */
async function freshMinute(): Promise<void> {
  const second = new Date().getUTCSeconds();
  if (second >= 50) await new Promise((resolve) => setTimeout(resolve, (61 - second) * 1000));
}

async function expectRefused(response: Response, window: { min: number; max: number }) {
  expect(response.status).toBe(429);
  const retryAfter = Number(response.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(window.min);
  expect(retryAfter).toBeLessThanOrEqual(window.max);
  expect(response.headers.get('ratelimit-remaining')).toBe('0');
  expect(Number(response.headers.get('ratelimit-reset'))).toBe(retryAfter);
  const body = (await response.json()) as {
    errors: { extensions: { code: string; retryAfterSeconds: number } }[];
  };
  expect(body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: retryAfter });
}

describe('quotas', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startServer({ rateLimits: LIMITS, metricsToken: 'metrics-secret' });
    // Ended windows, for the first counted request to prune (and one day window still current).
    await server.obmen.database.dataSource.query(
      'INSERT INTO rate_counter (key, window_start, count) VALUES ' +
        "('token:old:minute', now() - interval '1 hour', 5), ('token:old:day', now() - interval '3 days', 5), " +
        "('token:kept:day', date_trunc('day', now(), 'UTC'), 5)",
    );
  });
  afterAll(() => server.stop());

  it("refuse a token's request over its quota per minute with 429, Retry-After and RateLimit-* headers", async () => {
    const token = await newToken(server, { quotaPerMinute: 5 });
    await freshMinute();
    for (let i = 1; i <= 5; i += 1) {
      const response = await post(server, bearer(token));
      expect(response.status).toBe(200);
      expect(response.headers.get('ratelimit-limit')).toBe('5');
      expect(response.headers.get('ratelimit-remaining')).toBe(String(5 - i));
      expect(Number(response.headers.get('ratelimit-reset'))).toBeLessThanOrEqual(60);
      expect(response.headers.get('retry-after')).toBeNull();
    }
    await expectRefused(await post(server, bearer(token)), { min: 1, max: 60 });
  });

  it('count a day quota too, refused until the next UTC day', async () => {
    const token = await newToken(server, { quotaPerDay: 2 });
    await freshMinute();
    expect((await post(server, bearer(token))).status).toBe(200);
    const second = await post(server, bearer(token));
    expect(second.headers.get('ratelimit-limit')).toBe('2');
    expect(second.headers.get('ratelimit-remaining')).toBe('0');
    await expectRefused(await post(server, bearer(token)), { min: 1, max: 86_400 });
  });

  it('delete ended windows', async () => {
    const keys = async () =>
      (
        await server.obmen.database.dataSource.query(
          "SELECT key FROM rate_counter WHERE key LIKE 'token:old:%' OR key LIKE 'token:kept:%' ORDER BY key",
        )
      ).map((row: { key: string }) => row.key);
    // The pruning runs beside the requests (the earlier tests' first one started it).
    for (let i = 0; i < 50 && (await keys()).length > 1; i += 1) await new Promise((r) => setTimeout(r, 100));
    expect(await keys()).toEqual(['token:kept:day']);
  });

  it('limit public reads per address, but not staff', async () => {
    // The same address as the earlier tests' public requests (none): a window of its own.
    await freshMinute();
    for (let i = 0; i < 3; i += 1) expect((await post(server)).status).toBe(200);
    await expectRefused(await post(server), { min: 1, max: 60 });
    const admin = testUser(UserRole.ADMIN);
    await server.obmen.services.auth.ensureUser(admin);
    const { token } = await server.obmen.services.auth.login(admin.email, TEST_PASSWORD, {
      ip: 'test',
      userAgent: null,
    });
    const staff = await post(server, { cookie: `obmen_session=${token}` });
    expect(staff.status).toBe(200);
    expect(staff.headers.get('ratelimit-limit')).toBeNull();
  });

  it('serve requests uncounted when the counter fails (fail open)', async () => {
    const token = await newToken(server, { quotaPerMinute: 1 });
    const ds = server.obmen.database.dataSource;
    await ds.query('ALTER TABLE rate_counter RENAME TO rate_counter_away');
    try {
      for (let i = 0; i < 3; i += 1) {
        const response = await post(server, bearer(token));
        expect(response.status).toBe(200);
        expect(response.headers.get('ratelimit-limit')).toBeNull();
      }
    } finally {
      await ds.query('ALTER TABLE rate_counter_away RENAME TO rate_counter');
    }
  });

  it('show requests and refusals on /metrics, only with its token', async () => {
    const scrape = async () => {
      const response = await fetch(`${server.url}/metrics`, { headers: bearer('metrics-secret') });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/plain');
      return response.text();
    };
    const value = (text: string, series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `));
      return line ? Number(line.slice(series.length + 1)) : 0;
    };
    const token = await newToken(server, {});
    const ok = 'obmen_graphql_requests_total{operation="Themes",status="200"}';
    const before = await scrape();
    expect((await post(server, bearer(token))).status).toBe(200);
    expect((await post(server, bearer(token))).status).toBe(200);
    const after = await scrape();
    expect(value(after, ok) - value(before, ok)).toBe(2);
    expect(after).toContain('obmen_graphql_request_duration_seconds_bucket{le="0.005",operation="Themes"}');
    expect(value(after, 'obmen_rate_limit_refusals_total{caller="partner",window="minute"}')).toBeGreaterThan(
      0,
    );
    expect(value(after, 'obmen_rate_limit_refusals_total{caller="public",window="minute"}')).toBeGreaterThan(
      0,
    );
    expect(after).toContain('process_cpu_user_seconds_total');
    if (server.database.kind === 'postgres')
      expect(after).toMatch(/obmen_db_pool_connections\{state="total"\} [1-9]/);

    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: bearer('wrong') })).status).toBe(401);
  });
});

describe('a server without a metrics token', () => {
  it('has no /metrics', async () => {
    const server = await startServer({});
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
    } finally {
      await server.stop();
    }
  });
});

(process.env.TEST_DATABASE_URL ? describe : describe.skip)('two servers on one PostgreSQL', () => {
  let first: Server;
  let second: Server;
  beforeAll(async () => {
    first = await startServer({ rateLimits: LIMITS });
    second = await startServer({ rateLimits: LIMITS }, first.database);
  });
  afterAll(async () => {
    await second.stop();
    await first.stop();
  });

  it("share a token's count", async () => {
    const token = await newToken(first, { quotaPerMinute: 4 });
    await freshMinute();
    expect((await post(first, bearer(token))).status).toBe(200);
    expect((await post(second, bearer(token))).status).toBe(200);
    expect((await post(first, bearer(token))).status).toBe(200);
    const fourth = await post(second, bearer(token));
    expect(fourth.status).toBe(200);
    expect(fourth.headers.get('ratelimit-remaining')).toBe('0');
    await expectRefused(await post(first, bearer(token)), { min: 1, max: 60 });
  });
});
