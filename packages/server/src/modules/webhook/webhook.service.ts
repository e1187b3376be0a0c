import type { DataSource, EntityManager } from 'typeorm';
import { badInput, conflict, notFound, Reason, unknownReference } from '../../common/errors';
import { isUuid } from '../../common/ids';
import { SortDirection, type ConnectionArgs } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import type { Actor } from '../../common/principal';
import { inTransaction } from '../../common/transaction';
import type { AuditService } from '../audit';
import { CommitSignal } from './commit-signal';
import { DeliveryStatus, Webhook, WebhookDelivery } from './webhook.entity';
import { eventBody, type EventSubject } from './webhook-events';
import type { CreateWebhookInput, UpdateWebhookInput, WebhookDeliveriesArgs } from './webhook.inputs';
import { newSigningSecret, SecretBox } from './webhook-secret';
import { webhookSettings, type WebhookSettings } from './webhook-settings';
import { TARGET_REFUSED, targetProblem } from './target-guard';

/** Reason of an event type no module delivers. */
export const UNKNOWN_EVENT = 'webhookEvent';
/** Reason of redelivering to a disabled webhook. */
export const WEBHOOK_DISABLED = 'webhookDisabled';
/** How long the secret before a rotation keeps signing, so receivers can switch without a gap. */
export const ROTATION_OVERLAP_MS = 24 * 60 * 60 * 1000;

export interface WebhookWithSecret {
  webhook: Webhook;
  /** `whsec_…`: shown at creation and rotation only. */
  secret: string;
}

/** Webhooks admins register for partner sites, their outbox and its history. */
export class WebhookService {
  /** Event types some module produces (set when the modules are composed). */
  private known: readonly string[] = [];
  /** Safe until bootstrap hands over the server's configuration: private targets refused. */
  settings: WebhookSettings = webhookSettings({}, true);
  readonly commits: CommitSignal;
  private readonly box: SecretBox;

  constructor(
    private readonly ds: DataSource,
    private readonly audit: AuditService,
    serverSecret: string,
  ) {
    this.commits = new CommitSignal(ds);
    this.box = new SecretBox(serverSecret);
  }

  configure(settings: WebhookSettings): void {
    this.settings = settings;
  }

  knowEvents(events: readonly string[]): void {
    this.known = [...new Set([...this.known, ...events])].sort();
  }

  get eventTypes(): readonly string[] {
    return this.known;
  }

  list(args: ConnectionArgs) {
    const query = this.ds.getRepository(Webhook).createQueryBuilder('webhook');
    return paginate(
      query,
      { expression: 'webhook.created_at', sqlType: 'timestamptz', direction: SortDirection.ASC },
      args,
    );
  }

  async get(id: string): Promise<Webhook> {
    const webhook = isUuid(id) ? await this.ds.getRepository(Webhook).findOneBy({ id }) : null;
    if (!webhook) throw notFound('Webhook', id);
    return webhook;
  }

  /** The URL is checked (DNS included) before the transaction: no lock is held while resolving. */
  async create(input: CreateWebhookInput, actor: Actor): Promise<WebhookWithSecret> {
    const events = this.checkedEvents(input.events);
    const url = await this.checkedUrl(input.url);
    return inTransaction(this.ds, undefined, async (manager) => {
      if (!input.organizationId === !input.networkId) {
        throw badInput([
          {
            field: 'organizationId',
            message: 'A webhook is for either an organization or a network',
            reason: Reason.exactlyOne,
            args: { fields: 'organizationId, networkId' },
          },
        ]);
      }
      if (input.organizationId && !(await manager.existsBy('Organization', { id: input.organizationId })))
        throw badInput([unknownReference('organizationId', 'organization', input.organizationId)]);
      if (input.networkId && !(await manager.existsBy('PartnerNetwork', { id: input.networkId })))
        throw badInput([unknownReference('networkId', 'partner network', input.networkId)]);
      const secret = newSigningSecret();
      const webhook = await manager.save(
        manager.create(Webhook, {
          url,
          events,
          description: input.description?.trim() || null,
          organizationId: input.organizationId ?? null,
          networkId: input.networkId ?? null,
          secret: this.box.seal(secret),
        }),
      );
      await this.log(manager, actor, 'webhook.create', webhook);
      return { webhook, secret };
    });
  }

  async update(input: UpdateWebhookInput, actor: Actor): Promise<Webhook> {
    const events = input.events == null ? null : this.checkedEvents(input.events);
    const url = input.url == null ? null : await this.checkedUrl(input.url);
    return inTransaction(this.ds, undefined, async (manager) => {
      const webhook = await this.lock(manager, input.id, input.version);
      if (url) webhook.url = url;
      if (events) webhook.events = events;
      if (input.description !== undefined) webhook.description = input.description?.trim() || null;
      if (input.active != null) {
        webhook.active = input.active;
        webhook.disabledReason = input.active ? null : 'Disabled by an admin';
      }
      const saved = await manager.save(webhook);
      await this.log(manager, actor, 'webhook.update', saved);
      if (saved.active) this.commits.mark(manager);
      return saved;
    });
  }

  delete(id: string, actor: Actor): Promise<Webhook> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const webhook = await this.lock(manager, id, null);
      // Kept, inactive, for its deliveries' history; nothing is sent to it again.
      webhook.active = false;
      webhook.disabledReason = 'Deleted';
      const deleted = await manager.softRemove(await manager.save(webhook));
      await this.log(manager, actor, 'webhook.delete', deleted);
      return deleted;
    });
  }

  /** A new secret; the old one also signs for ROTATION_OVERLAP_MS more. */
  rotateSecret(id: string, actor: Actor): Promise<WebhookWithSecret> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const webhook = await this.lock(manager, id, null);
      const secret = newSigningSecret();
      webhook.previousSecret = webhook.secret;
      webhook.previousSecretExpiresAt = new Date(Date.now() + ROTATION_OVERLAP_MS);
      webhook.secret = this.box.seal(secret);
      const saved = await manager.save(webhook);
      await this.log(manager, actor, 'webhook.rotateSecret', saved);
      return { webhook: saved, secret };
    });
  }

  /** The secrets a delivery is signed with now: the current one, and the previous while it lasts. */
  signingSecrets(
    webhook: Pick<Webhook, 'secret' | 'previousSecret' | 'previousSecretExpiresAt'>,
    now = new Date(),
  ): string[] {
    const secrets = [this.box.open(webhook.secret)];
    const expires = webhook.previousSecretExpiresAt && new Date(webhook.previousSecretExpiresAt);
    if (webhook.previousSecret && expires && expires > now)
      secrets.push(this.box.open(webhook.previousSecret));
    return secrets;
  }

  async deliveries(args: WebhookDeliveriesArgs) {
    await this.get(args.webhookId);
    const query = this.ds
      .getRepository(WebhookDelivery)
      .createQueryBuilder('delivery')
      .where('delivery.webhook_id = :webhookId', { webhookId: args.webhookId });
    return paginate(
      query,
      { expression: 'delivery.created_at', sqlType: 'timestamptz', direction: SortDirection.DESC },
      args,
    );
  }

  /** Sends a delivery again, failed or not, with its webhook-id: a receiver may dedupe on it. */
  async redeliver(deliveryId: string, actor: Actor): Promise<WebhookDelivery> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const delivery = isUuid(deliveryId)
        ? await manager.findOne(WebhookDelivery, {
            where: { id: deliveryId },
            lock: { mode: 'pessimistic_write' },
          })
        : null;
      if (!delivery) throw notFound('WebhookDelivery', deliveryId);
      const webhook = await manager.findOneBy(Webhook, { id: delivery.webhookId });
      if (!webhook) throw notFound('WebhookDelivery', deliveryId);
      if (!webhook.active) {
        throw badInput([
          {
            field: 'deliveryId',
            message: 'The webhook is disabled: enable it first (updateWebhook active: true)',
            reason: WEBHOOK_DISABLED,
          },
        ]);
      }
      Object.assign(delivery, {
        status: DeliveryStatus.PENDING,
        nextAttemptAt: new Date(),
        lockedUntil: null,
        claim: null,
      });
      const saved = await manager.save(delivery);
      await this.audit.log(manager, actor, {
        action: 'webhook.redeliver',
        entityType: 'WebhookDelivery',
        entityId: saved.id,
        details: { webhookId: webhook.id, eventType: saved.eventType },
      });
      this.commits.mark(manager);
      return saved;
    });
  }

  /**
   * The outbox write, inside the transaction of the change it tells of: one row per subject and
   * active webhook that takes `type`, in one statement whatever their number.
   */
  async enqueue(manager: EntityManager, type: string, subjects: readonly EventSubject[]): Promise<void> {
    if (!subjects.length) return;
    const at = new Date();
    const rows: unknown[] = await manager.query(
      'INSERT INTO webhook_delivery (webhook_id, event_type, body, next_attempt_at) ' +
        'SELECT w.id, $1, b.body, now() FROM webhook w CROSS JOIN unnest($2::text[]) AS b(body) ' +
        'WHERE w.active AND w.deleted_at IS NULL AND $1::text = ANY(w.events) RETURNING id',
      [type, subjects.map((subject) => eventBody(type, subject, at))],
    );
    if (rows.length) this.commits.mark(manager);
  }

  private async checkedUrl(url: string): Promise<string> {
    const trimmed = url.trim();
    const problem = await targetProblem(trimmed, this.settings.allowPrivate);
    if (problem) {
      throw badInput([
        { field: 'url', message: `The URL cannot be used: ${problem}`, reason: TARGET_REFUSED },
      ]);
    }
    return trimmed;
  }

  private checkedEvents(events: readonly string[]): string[] {
    const unknown = events.filter((event) => !this.known.includes(event));
    if (unknown.length) {
      throw badInput([
        {
          field: 'events',
          message: `Unknown event type ${unknown[0]}; known: ${this.known.join(', ')}`,
          reason: UNKNOWN_EVENT,
          args: { event: unknown[0] },
        },
      ]);
    }
    return [...new Set(events)];
  }

  private async lock(manager: EntityManager, id: string, version: number | null): Promise<Webhook> {
    const webhook = isUuid(id)
      ? await manager.findOne(Webhook, { where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!webhook) throw notFound('Webhook', id);
    if (version != null && webhook.version !== version) {
      throw conflict(`Webhook ${id} was changed by someone else (now version ${webhook.version})`, {
        currentVersion: webhook.version,
      });
    }
    return webhook;
  }

  private log(manager: EntityManager, actor: Actor, action: string, webhook: Webhook): Promise<void> {
    return this.audit.log(manager, actor, {
      action,
      entityType: 'Webhook',
      entityId: webhook.id,
      details: { url: webhook.url, events: webhook.events },
    });
  }
}
