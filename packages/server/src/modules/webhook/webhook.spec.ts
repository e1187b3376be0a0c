import { metrics } from '../../common/metrics';
import { Webhook as Verifier } from 'standardwebhooks';
import { systemActor, UserRole } from '../../common/principal';
import { startModuleServer, type TestServer } from '../../test/harness';
import { solvePow } from '../nomination';
import { OrganizationKind } from '../organization';
import { webhook } from '.';
import { quiet, shortWebhookTimings, TestReceiver } from './test-receiver';

/*
 * What a partner site sees of webhooks: signed Standard Webhooks deliveries of published content's
 * changes, retried with the same webhook-id, their history, and who may register them.
 */
afterAll(shortWebhookTimings('0,300,300,300'));

const CREATE = `mutation($i: CreateWebhookInput!) {
  createWebhook(input: $i) { secret webhook { id version url events active disabledReason } } }`;
const DELIVERIES = `query($id: ID!) { webhookDeliveries(webhookId: $id, first: 10) { totalCount edges { node {
  id eventType status attemptCount deliveredAt body attempts { attempt statusCode durationMs error } } } } }`;

let server: TestServer;
let organizationId: string;
const receivers: TestReceiver[] = [];

async function receiver(answer?: (count: number) => number): Promise<TestReceiver> {
  const started = await TestReceiver.start(answer);
  receivers.push(started);
  return started;
}

beforeAll(async () => {
  server = await startModuleServer([webhook]);
  const org = await server.obmen.services.organizations.create(
    { name: { bg: 'Партньорски сайт' }, kind: OrganizationKind.MUNICIPALITY },
    systemActor('test'),
  );
  organizationId = org.id;
});
afterAll(async () => {
  await server.stop();
  await Promise.all(receivers.map((r) => r.stop()));
});

async function register(
  url: string,
  events: string[],
): Promise<{ id: string; version: number; secret: string }> {
  const { createWebhook } = await server.ok(CREATE, { i: { url, events, organizationId } });
  return { ...createWebhook.webhook, secret: createWebhook.secret };
}

interface Practice {
  id: string;
  version: number;
  slug: string;
}

async function draft(title: string): Promise<Practice> {
  const data = await server.ok(
    `mutation($t: String!) { createPractice(input: { title: { bg: $t }, status: DRAFT }) { id version slug } }`,
    { t: title },
  );
  return data.createPractice;
}

async function update(practice: Practice, fields: string): Promise<Practice> {
  const data = await server.ok(
    `mutation($id: ID!, $v: Int!) { updatePractice(input: { id: $id, version: $v, ${fields} }) { id version slug } }`,
    { id: practice.id, v: practice.version },
  );
  return data.updatePractice;
}

/** The worker's delivery counter as /metrics shows it (one registry per process). */
async function attemptsByResult(): Promise<Record<'retry' | 'delivered', number>> {
  const { values } = await metrics.counter('obmen_webhook_deliveries_total', '', ['result']).get();
  const of = (result: string) => values.find((v) => v.labels.result === result)?.value ?? 0;
  return { retry: of('retry'), delivered: of('delivered') };
}

const deliveries = async (id: string) => (await server.ok(DELIVERIES, { id })).webhookDeliveries;

describe('a webhook', () => {
  it('gets practice.published, signed, retried after two 500s with the same webhook-id', async () => {
    const endpoint = await receiver((count) => (count <= 2 ? 500 : 200));
    const hook = await register(endpoint.url, ['practice.published']);
    const practice = await draft('Публикувана за уебкука');
    await quiet(300);
    expect(endpoint.received).toHaveLength(0);

    const counted = await attemptsByResult();
    const published = Date.now();
    await update(practice, 'status: PUBLISHED');
    const received = await endpoint.until((r) => r.length === 3);
    expect(received[0].at - published).toBeLessThan(2000);
    expect(received.map((r) => r.answered)).toEqual([500, 500, 200]);
    expect(new Set(received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    const verifier = new Verifier(hook.secret);
    for (const request of received) {
      expect(verifier.verify(request.body, request.headers)).toEqual({
        type: 'practice.published',
        timestamp: expect.any(String),
        data: { id: practice.id, typename: 'Practice', slug: practice.slug, url: expect.any(String) },
      });
    }
    // The payload's url answers the practice (a GET of the public API, no credentials).
    const { data } = JSON.parse(received[0].body);
    const fetched = (await (await fetch(`${server.url}${data.url}`)).json()) as {
      data: { practice: unknown };
    };
    expect(fetched.data.practice).toMatchObject({ id: practice.id, slug: practice.slug });

    await quiet(400);
    expect(endpoint.received).toHaveLength(3);
    const history = await deliveries(hook.id);
    expect(history.totalCount).toBe(1);
    expect(history.edges[0].node).toMatchObject({
      id: received[0].headers['webhook-id'],
      eventType: 'practice.published',
      status: 'DELIVERED',
      attemptCount: 3,
      body: received[0].body,
    });
    expect(history.edges[0].node.attempts.map((a: { statusCode: number }) => a.statusCode)).toEqual([
      500, 500, 200,
    ]);
    expect(history.edges[0].node.attempts.map((a: { attempt: number }) => a.attempt)).toEqual([1, 2, 3]);
    // And /metrics counts the attempts by result.
    const now = await attemptsByResult();
    expect(now.retry - counted.retry).toBe(2);
    expect(now.delivered - counted.delivered).toBe(1);

    // redeliverWebhook sends it once more, with the same webhook-id.
    await server.ok('mutation($id: ID!) { redeliverWebhook(deliveryId: $id) { id status } }', {
      id: received[0].headers['webhook-id'],
    });
    const again = await endpoint.until((r) => r.length === 4);
    expect(again[3].headers['webhook-id']).toBe(received[0].headers['webhook-id']);
    // A deleted webhook gets nothing more and is no longer listed.
    await server.ok('mutation($id: ID!) { deleteWebhook(id: $id) { id } }', { id: hook.id });
    await update(await draft('След изтриването'), 'status: PUBLISHED');
    await quiet(400);
    expect(endpoint.received).toHaveLength(4);
    const { webhooks } = await server.ok('{ webhooks { edges { node { id } } } }');
    expect(webhooks.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(hook.id);
  });

  it('tells of edits and withdrawals of published practices, not of drafts, and of approved nominations', async () => {
    const endpoint = await receiver();
    await register(endpoint.url, [
      'practice.published',
      'practice.updated',
      'practice.unpublished',
      'nomination.approved',
    ]);
    let practice = await draft('Чернова');
    practice = await update(practice, 'title: { bg: "Чернова, поправена" }');
    practice = await update(practice, 'status: PUBLISHED');
    await endpoint.until((r) => r.length === 1);
    practice = await update(practice, 'title: { bg: "Поправена след публикуване" }');
    await endpoint.until((r) => r.length === 2);
    practice = await update(practice, 'status: DRAFT');
    await endpoint.until((r) => r.length === 3);
    practice = await update(practice, 'title: { bg: "Пак чернова" }');
    practice = await update(practice, 'status: PUBLISHED');
    await endpoint.until((r) => r.length === 4);
    await server.ok('mutation($id: ID!, $v: Int) { deletePractice(id: $id, version: $v) { id } }', {
      id: practice.id,
      v: practice.version,
    });
    await endpoint.until((r) => r.length === 5);
    expect(endpoint.types()).toEqual([
      'practice.published',
      'practice.updated',
      'practice.unpublished',
      'practice.published',
      'practice.unpublished',
    ]);

    // A nomination of a published practice, approved by a moderator.
    const nominated = await update(await draft('Номинирана практика'), 'status: PUBLISHED');
    await endpoint.until((r) => r.length === 6);
    const visitor = await server.as('public');
    const { nominationChallenge } = await visitor.ok(
      '{ nominationChallenge { algorithm challenge maxnumber salt signature } }',
    );
    await visitor.ok('mutation($i: SubmitNominationInput!) { submitNomination(input: $i) { received } }', {
      i: {
        practiceId: nominated.id,
        name: 'Гост',
        email: 'guest@example.org',
        altcha: solvePow(nominationChallenge),
      },
    });
    const [{ id: nominationId }] = await server.obmen.database.dataSource.query(
      'SELECT id FROM nomination WHERE practice_id = $1',
      [nominated.id],
    );
    const moderator = await server.as(UserRole.MODERATOR);
    await moderator.ok(
      'mutation($ids: [ID!]!) { moderateNominations(ids: $ids, decision: APPROVE) { changed } }',
      {
        ids: [nominationId],
      },
    );
    const received = await endpoint.until((r) => r.length === 7);
    expect(JSON.parse(received[6].body)).toEqual({
      type: 'nomination.approved',
      timestamp: expect.any(String),
      data: {
        id: nominationId,
        typename: 'Nomination',
        practiceId: nominated.id,
        slug: nominated.slug,
        url: expect.any(String),
      },
    });
    await quiet(300);
    expect(endpoint.received).toHaveLength(7);
  });

  it('is disabled by a 410 answer and then gets nothing more', async () => {
    const endpoint = await receiver(() => 410);
    const hook = await register(endpoint.url, ['practice.published']);
    await update(await draft('Първа след 410'), 'status: PUBLISHED');
    await endpoint.until((r) => r.length === 1);
    await quiet(200);
    const { webhooks } = await server.ok(
      '{ webhooks(first: 100) { edges { node { id active disabledReason } } } }',
    );
    expect(webhooks.edges.map((e: { node: unknown }) => e.node)).toContainEqual({
      id: hook.id,
      active: false,
      disabledReason: 'The endpoint answered 410 Gone',
    });
    expect((await deliveries(hook.id)).edges[0].node).toMatchObject({ status: 'FAILED', attemptCount: 1 });
    await update(await draft('Втора след 410'), 'status: PUBLISHED');
    await quiet(500);
    expect(endpoint.received).toHaveLength(1);
  });

  it('signs with the old and the new secret for a day after a rotation', async () => {
    const endpoint = await receiver();
    const hook = await register(endpoint.url, ['practice.published']);
    const { rotateWebhookSecret } = await server.ok(
      'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret webhook { id previousSecretExpiresAt } } }',
      { id: hook.id },
    );
    expect(rotateWebhookSecret.secret).toMatch(/^whsec_/);
    expect(rotateWebhookSecret.secret).not.toBe(hook.secret);
    const overlap = Date.parse(rotateWebhookSecret.webhook.previousSecretExpiresAt) - Date.now();
    expect(overlap).toBeGreaterThan(23.9 * 3600_000);
    expect(overlap).toBeLessThanOrEqual(24 * 3600_000);
    await update(await draft('След смяна на тайната'), 'status: PUBLISHED');
    const [request] = await endpoint.until((r) => r.length === 1);
    expect(request.headers['webhook-signature'].split(' ')).toHaveLength(2);
    for (const secret of [hook.secret, rotateWebhookSecret.secret]) {
      expect(new Verifier(secret).verify(request.body, request.headers)).toMatchObject({
        type: 'practice.published',
      });
    }
    // The secret is not stored as given.
    const [row] = await server.obmen.database.dataSource.query('SELECT secret FROM webhook WHERE id = $1', [
      hook.id,
    ]);
    expect(row.secret).not.toContain(rotateWebhookSecret.secret.slice(6));
  });

  it('refuses unknown event types and is for admins only', async () => {
    const unknown = await server.gql(CREATE, {
      i: { url: 'http://127.0.0.1:9/x', events: ['practice.created'], organizationId },
    });
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [expect.objectContaining({ field: 'events', reason: 'webhookEvent' })],
    });
    const { webhookEventTypes } = await server.ok('{ webhookEventTypes }');
    expect(webhookEventTypes).toEqual([
      'nomination.approved',
      'practice.published',
      'practice.unpublished',
      'practice.updated',
      'project.published',
      'project.unpublished',
      'project.updated',
    ]);
    for (const who of [UserRole.EDITOR, 'partner'] as const) {
      const client = await server.as(who);
      const created = await client.gql(CREATE, {
        i: { url: 'https://hooks.example.org/x', events: ['practice.published'], organizationId },
      });
      expect([who, created.errors?.[0].extensions?.code]).toEqual([who, 'FORBIDDEN']);
      const listed = await client.gql('{ webhooks { totalCount } }');
      expect([who, listed.errors?.[0].extensions?.code]).toEqual([who, 'FORBIDDEN']);
    }
  });
});
