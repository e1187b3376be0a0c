import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { DatabaseConfig } from '../../db/config';
import { systemActor, UserRole } from '../../common/principal';
import { freshDatabase, startModuleServer, type TestServer } from '../../test/harness';
import { TEMPLATE_DUMP_ENV } from '../../test/template';
import { OrganizationKind } from '../organization';
import { webhook } from '.';
import { quiet, shortWebhookTimings, TestReceiver } from './test-receiver';

/*
 * Webhooks across servers: the outbox survives a restart, several servers never send one event
 * at once, and a production server refuses private targets.
 */
afterAll(shortWebhookTimings('0,300,300,300,300,300,300,300'));

const CREATE = `mutation($i: CreateWebhookInput!) { createWebhook(input: $i) { secret webhook { id } } }`;

/** A database that outlives a server: a PostgreSQL database, or an embedded one in a folder. */
async function lastingDatabase(): Promise<{
  first: DatabaseConfig;
  again: DatabaseConfig;
  drop(): Promise<void>;
}> {
  if (process.env.TEST_DATABASE_URL) {
    const database = await freshDatabase();
    return { first: database.config, again: database.config, drop: database.drop };
  }
  const dataDir = path.join(mkdtempSync(path.join(tmpdir(), 'obmen-webhooks-')), 'data');
  const dump = process.env[TEMPLATE_DUMP_ENV];
  return {
    first: { kind: 'pglite', dataDir, ...(dump ? { loadDataDir: dump } : {}) },
    again: { kind: 'pglite', dataDir },
    drop: async () => rmSync(path.dirname(dataDir), { recursive: true, force: true }),
  };
}

async function ownerOf(server: TestServer): Promise<string> {
  const org = await server.obmen.services.organizations.create(
    { name: { bg: 'Партньор' }, kind: OrganizationKind.MUNICIPALITY },
    systemActor('test'),
  );
  return org.id;
}

async function publish(server: TestServer, title: string): Promise<string> {
  const { createPractice } = await server.ok(
    `mutation($t: String!) { createPractice(input: { title: { bg: $t }, status: PUBLISHED }) { id } }`,
    { t: title },
  );
  return createPractice.id;
}

describe('the outbox', () => {
  it('survives a restart: an event not yet delivered arrives from the next server with its webhook-id', async () => {
    const database = await lastingDatabase();
    let open = false;
    const endpoint = await TestReceiver.start(() => (open ? 200 : 503));
    let first: TestServer | undefined;
    let second: TestServer | undefined;
    try {
      first = await startModuleServer([webhook], { database: database.first });
      const organizationId = await ownerOf(first);
      await first.ok(CREATE, { i: { url: endpoint.url, events: ['practice.published'], organizationId } });
      const practiceId = await publish(first, 'Преди рестарта');
      await endpoint.until((r) => r.length >= 1);
      await first.obmen.stop();
      const failed = endpoint.received.length;
      expect(endpoint.received.every((r) => r.answered === 503)).toBe(true);

      open = true;
      second = await startModuleServer([webhook], { database: database.again });
      const received = await endpoint.until((r) => r.some((request) => request.answered === 200));
      expect(received.length).toBeGreaterThan(failed);
      expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(1);
      expect(JSON.parse(received[received.length - 1].body).data.id).toBe(practiceId);
    } finally {
      await second?.stop();
      await first?.stop();
      await endpoint.stop();
      await database.drop();
    }
  });
});

(process.env.TEST_DATABASE_URL ? describe : describe.skip)('two servers on one PostgreSQL', () => {
  let first: TestServer;
  let second: TestServer;
  let endpoint: TestReceiver;
  beforeAll(async () => {
    first = await startModuleServer([webhook]);
    second = await startModuleServer([webhook], { database: first.databaseConfig });
    endpoint = await TestReceiver.start();
  });
  afterAll(async () => {
    await second.stop();
    await first.stop();
    await endpoint.stop();
  });

  it('never deliver one event twice', async () => {
    const organizationId = await ownerOf(first);
    const { createWebhook } = await first.ok(CREATE, {
      i: { url: endpoint.url, events: ['practice.published'], organizationId },
    });
    await publish(second, 'Едно събитие, два сървъра');
    await endpoint.until((r) => r.length === 1);
    // Twenty more, due at one moment a little ahead: both workers' polls reach for them together.
    await first.obmen.database.dataSource.query(
      'INSERT INTO webhook_delivery (webhook_id, event_type, body, next_attempt_at) ' +
        "SELECT $1, 'practice.published', json_build_object('n', g)::text, now() + interval '700 milliseconds' " +
        'FROM generate_series(1, 20) g',
      [createWebhook.webhook.id],
    );
    await endpoint.until((r) => r.length >= 21, 8000);
    await quiet(1000);
    const perId = new Map<string, number>();
    for (const request of endpoint.received) {
      const id = request.headers['webhook-id'];
      perId.set(id, (perId.get(id) ?? 0) + 1);
    }
    expect(perId.size).toBe(21);
    expect([...perId.values()].every((count) => count === 1)).toBe(true);
  });
});

describe('in production', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startModuleServer([webhook], { production: true });
  });
  afterAll(() => server.stop());

  it('refuses http, loopback and private targets with BAD_USER_INPUT, and non-admins with FORBIDDEN', async () => {
    const organizationId = await ownerOf(server);
    for (const url of ['http://127.0.0.1/x', 'https://10.0.0.1', 'https://localhost']) {
      const answer = await server.gql(CREATE, { i: { url, events: ['practice.published'], organizationId } });
      expect([url, answer.errors?.[0].extensions]).toEqual([
        url,
        expect.objectContaining({
          code: 'BAD_USER_INPUT',
          fields: [expect.objectContaining({ field: 'url', reason: 'webhookTarget' })],
        }),
      ]);
    }
    for (const who of [UserRole.EDITOR, UserRole.MODERATOR, 'partner'] as const) {
      const client = await server.as(who);
      const answer = await client.gql(CREATE, {
        i: { url: 'https://10.0.0.1', events: ['practice.published'], organizationId },
      });
      expect([who, answer.errors?.[0].extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
  });
});

describe('the worker', () => {
  let server: TestServer;
  beforeAll(async () => {
    // Polls a minute apart: only the commit's wake-up can send within a second.
    const restore = process.env.OBMEN_WEBHOOK_POLL_MS;
    process.env.OBMEN_WEBHOOK_POLL_MS = '60000';
    try {
      server = await startModuleServer([webhook]);
    } finally {
      process.env.OBMEN_WEBHOOK_POLL_MS = restore;
    }
  });
  afterAll(() => server.stop());

  it('sends right after the commit that wrote the event, without waiting for its poll', async () => {
    const endpoint = await TestReceiver.start();
    try {
      const organizationId = await ownerOf(server);
      await server.ok(CREATE, { i: { url: endpoint.url, events: ['practice.published'], organizationId } });
      const published = Date.now();
      await publish(server, 'Веднага след записа');
      const [request] = await endpoint.until((r) => r.length === 1, 1000);
      expect(request.at - published).toBeLessThan(1000);
    } finally {
      await endpoint.stop();
    }
  });
});
