import { freshDatabase } from '../test/database';
import { startTestServer } from '../test/harness';
import { migrations } from '../db/migrations';
import { prepareDatabase } from './bootstrap';
import { loadConfig } from './config';
import { createLogger } from './logger';

(process.env.TEST_DATABASE_URL ? describe : describe.skip)('servers starting together (PostgreSQL)', () => {
  it('take turns at migrations and reference data on an empty database: all four start', async () => {
    const fresh = await freshDatabase({ empty: true });
    const config = { ...loadConfig({ OBMEN_DEMO: 'false' }), database: fresh.config, secret: undefined };
    const logger = createLogger('silent');
    try {
      const started = await Promise.allSettled([1, 2, 3, 4].map(() => prepareDatabase(config, logger)));
      const failures = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
      const opened = started.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
      try {
        expect(failures).toEqual([]);
        const ds = opened[0].database.dataSource;
        const [{ count }] = await ds.query('SELECT count(*)::int AS count FROM migrations');
        expect(count).toBe(migrations.length);
        const [{ municipalities }] = await ds.query(
          'SELECT count(*)::int AS municipalities FROM municipality',
        );
        expect(municipalities).toBe(265);
        // One server secret for all, or their proof-of-work challenges would not verify on each other.
        expect(new Set(opened.map((o) => o.services.runtime.secret)).size).toBe(1);
      } finally {
        await Promise.all(opened.map((o) => o.database.close()));
      }
    } finally {
      await fresh.drop();
    }
  });
});

describe('configuration', () => {
  it('uses the embedded database with demo content unless DATABASE_URL is set', () => {
    expect(loadConfig({}).database.kind).toBe('pglite');
    expect(loadConfig({}).demo).toBe(true);
    const pg = loadConfig({ DATABASE_URL: 'postgres://u@h/db' });
    expect(pg.database).toMatchObject({ kind: 'postgres', url: 'postgres://u@h/db' });
    expect(pg.demo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', OBMEN_DEMO: 'true' }).demo).toBe(true);
    expect(loadConfig({ OBMEN_DEMO: 'false' }).demo).toBe(false);
  });

  it('refuses a port that is not one', () => {
    expect(() => loadConfig({ PORT: 'http' })).toThrow(/PORT/);
  });

  it('bounds every wait on the database, configurably', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).database.timeouts).toEqual({
      statementMs: 4000,
      lockMs: 1000,
      poolWaitMs: 2000,
    });
    expect(loadConfig({}).database.timeouts?.poolWaitMs).toBe(5000);
    const env = {
      OBMEN_STATEMENT_TIMEOUT_MS: '9000',
      OBMEN_LOCK_TIMEOUT_MS: '500',
      OBMEN_POOL_WAIT_MS: '700',
    };
    expect(loadConfig(env).database.timeouts).toEqual({ statementMs: 9000, lockMs: 500, poolWaitMs: 700 });
    expect(() => loadConfig({ OBMEN_LOCK_TIMEOUT_MS: '0' })).toThrow(/OBMEN_LOCK_TIMEOUT_MS/);
    expect(() => loadConfig({ OBMEN_STATEMENT_TIMEOUT_MS: 'soon' })).toThrow(/OBMEN_STATEMENT_TIMEOUT_MS/);
  });
});

describe('bootstrap accounts', () => {
  it('creates the first admin from OBMEN_ADMIN_EMAIL and OBMEN_ADMIN_PASSWORD, once', async () => {
    const env = {
      OBMEN_ADMIN_EMAIL: 'Chief@Obmen.example',
      OBMEN_ADMIN_PASSWORD: 'first-admin-password',
      OBMEN_DEMO: 'false',
    };
    const fresh = await freshDatabase();
    const { database, services } = await prepareDatabase(
      { ...loadConfig(env), database: fresh.config },
      createLogger('silent'),
    );
    try {
      const { user } = await services.auth.login('chief@obmen.example', 'first-admin-password', {
        ip: 'x',
        userAgent: null,
      });
      expect(user.roles).toEqual(['ADMIN']);
    } finally {
      await database.close();
      await fresh.drop();
    }
  });

  it('prints a demo login per role in demo mode, and each works', async () => {
    const demo = await startTestServer({ demo: true });
    try {
      expect(demo.obmen.demoLogins.map((l) => l.role).sort()).toEqual([
        'ADMIN',
        'COORDINATOR',
        'EDITOR',
        'MODERATOR',
      ]);
      for (const login of demo.obmen.demoLogins) {
        const { user } = await demo.obmen.services.auth.login(login.email, login.password, {
          ip: 'x',
          userAgent: null,
        });
        expect(user.roles).toEqual([login.role]);
      }
    } finally {
      await demo.stop();
    }
  });
});
