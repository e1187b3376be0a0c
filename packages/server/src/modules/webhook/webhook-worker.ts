import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { metrics } from '../../common/metrics';
import type { Logger } from '../../common/logger';
import { DeliveryStatus } from './webhook.entity';
import type { WebhookService } from './webhook.service';
import { signedHeaders } from './webhook-secret';
import { type AttemptOutcome, send, shortError } from './webhook-sender';
import { targetProblem } from './target-guard';
import type { WebhookSettings } from './webhook-settings';

/** A claim outlives the longest attempt (15 s) by far: a worker that died frees its rows after it. */
const CLAIM_SECONDS = 60;
/** Rows claimed per statement: sent side by side, a slow endpoint does not hold the others up. */
const BATCH = 10;

interface Claimed {
  id: string;
  webhook_id: string;
  body: string;
  attempt_count: number;
  url: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
}

/**
 * Claims due rows so that no other worker (another server) takes them: one UPDATE whose rows
 * come from FOR UPDATE SKIP LOCKED, committed at once, so no transaction is open during HTTP (the
 * embedded database has one connection).
 */
const CLAIM =
  'WITH claimed AS (UPDATE webhook_delivery d SET locked_until = now() + make_interval(secs => $2), claim = $1 ' +
  'WHERE d.id IN (SELECT due.id FROM webhook_delivery due JOIN webhook w ON w.id = due.webhook_id ' +
  "WHERE due.status = 'PENDING' AND due.next_attempt_at <= now() " +
  'AND (due.locked_until IS NULL OR due.locked_until < now()) AND w.active ' +
  'ORDER BY due.next_attempt_at LIMIT $3 FOR UPDATE OF due SKIP LOCKED) ' +
  'RETURNING d.id, d.webhook_id, d.body, d.attempt_count) ' +
  'SELECT c.*, w.url, w.secret, w.previous_secret, w.previous_secret_expires_at ' +
  'FROM claimed c JOIN webhook w ON w.id = c.webhook_id';

/** The attempt and the delivery's next state in one statement, only while the claim is ours. */
const RECORD =
  'WITH d AS (UPDATE webhook_delivery SET status = $3, attempt_count = $4, next_attempt_at = $5, ' +
  'delivered_at = $6, locked_until = NULL, claim = NULL WHERE id = $1 AND claim = $2 RETURNING id) ' +
  'INSERT INTO webhook_attempt (delivery_id, attempt, started_at, status_code, duration_ms, error) ' +
  'SELECT id, $4, $7, $8, $9, $10 FROM d';

/** The delay before attempt `attempt` (1-based) with ±10 % jitter after the first; null: no more. */
export function retryDelay(
  schedule: readonly number[],
  attempt: number,
  random = Math.random,
): number | null {
  if (attempt > schedule.length) return null;
  const base = schedule[attempt - 1];
  return attempt === 1 ? base : Math.round(base * (0.9 + 0.2 * random()));
}

/**
 * Sends the outbox: polls every `pollMs`, and at once after a commit on this server wrote rows.
 * At least once: a row is done only when an attempt's result is recorded, so a crash or a stop
 * mid-send means another try, with the same webhook-id. State lives in the database only.
 */
const deliveries = metrics.counter(
  'obmen_webhook_deliveries_total',
  'Webhook delivery attempts by result: delivered, retry (will be tried again), failed (gave up), gone (410)',
  ['result'],
);

export class WebhookWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private readonly stopping = new AbortController();

  constructor(
    private readonly ds: DataSource,
    private readonly webhooks: WebhookService,
    private readonly logger: Logger,
  ) {}

  start(settings: WebhookSettings): void {
    if (this.timer || this.stopping.signal.aborted) return;
    this.webhooks.configure(settings);
    this.webhooks.commits.listen(() => this.wake());
    this.timer = setInterval(() => this.wake(), this.webhooks.settings.pollMs);
    this.timer.unref();
    // Read at each scrape; a scrape never fails because the database is away.
    metrics.gauge('obmen_webhook_queue_depth', 'Webhook deliveries waiting to be sent', [], async (gauge) => {
      const [row]: { n: number }[] = await this.ds
        .query("SELECT count(*)::int AS n FROM webhook_delivery WHERE status = 'PENDING'")
        .catch(() => [{ n: Number.NaN }]);
      gauge.set(row?.n ?? Number.NaN);
    });
    this.wake();
  }

  /** Stops polling; a send in progress is abandoned (its row is released for the next try). */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.webhooks.commits.listen(null);
    this.stopping.abort();
    await this.running;
  }

  wake(): void {
    if (this.stopping.signal.aborted) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runOnce()
      .then(() => undefined)
      .catch((err: unknown) => this.logger.error({ err }, 'webhook deliveries failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  /** Sends everything due now; returns how many attempts it made. */
  async runOnce(): Promise<number> {
    let attempts = 0;
    while (!this.stopping.signal.aborted) {
      const claim = randomUUID();
      const rows: Claimed[] = await this.ds.query(CLAIM, [claim, CLAIM_SECONDS, BATCH]);
      await Promise.all(rows.map((row) => this.attempt(row, claim)));
      attempts += rows.length;
      if (rows.length < BATCH) break;
    }
    return attempts;
  }

  private async attempt(row: Claimed, claim: string): Promise<void> {
    const settings = this.webhooks.settings;
    const startedAt = new Date();
    let outcome: AttemptOutcome;
    const problem = await targetProblem(row.url, settings.allowPrivate).catch(shortError);
    if (problem) {
      outcome = { statusCode: null, durationMs: 0, error: `Target refused: ${problem}` };
    } else {
      let secrets: string[];
      try {
        secrets = this.webhooks.signingSecrets({
          secret: row.secret,
          previousSecret: row.previous_secret,
          previousSecretExpiresAt: row.previous_secret_expires_at,
        });
      } catch {
        secrets = [];
      }
      outcome = secrets.length
        ? await send(row.url, signedHeaders(row.id, row.body, secrets, startedAt), row.body, {
            allowPrivate: settings.allowPrivate,
            signal: AbortSignal.any([AbortSignal.timeout(settings.timeoutMs), this.stopping.signal]),
          })
        : { statusCode: null, durationMs: 0, error: 'The signing secret cannot be read: rotate it' };
    }
    if (this.stopping.signal.aborted && outcome.statusCode === null) {
      // Cut short by the stop, not by the endpoint: the next worker tries again without counting it.
      await this.ds.query(
        'UPDATE webhook_delivery SET locked_until = NULL, claim = NULL WHERE id = $1 AND claim = $2',
        [row.id, claim],
      );
      return;
    }
    await this.record(row, claim, startedAt, outcome);
  }

  private async record(row: Claimed, claim: string, startedAt: Date, outcome: AttemptOutcome): Promise<void> {
    const attempt = row.attempt_count + 1;
    const ok = outcome.statusCode !== null && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const gone = outcome.statusCode === 410;
    const delay = ok || gone ? null : retryDelay(this.webhooks.settings.retryMs, attempt + 1);
    const status = ok
      ? DeliveryStatus.DELIVERED
      : delay === null
        ? DeliveryStatus.FAILED
        : DeliveryStatus.PENDING;
    deliveries.inc({ result: ok ? 'delivered' : gone ? 'gone' : delay === null ? 'failed' : 'retry' });
    await this.ds.query(RECORD, [
      row.id,
      claim,
      status,
      attempt,
      delay === null ? null : new Date(Date.now() + delay),
      ok ? new Date() : null,
      startedAt,
      outcome.statusCode,
      outcome.durationMs,
      outcome.error,
    ]);
    if (gone) {
      // 410 Gone: the receiver says the endpoint is no more (Standard Webhooks), so nothing more goes to it.
      await this.ds.query(
        'UPDATE webhook SET active = false, disabled_reason = $2, version = version + 1, updated_at = now() WHERE id = $1',
        [row.webhook_id, 'The endpoint answered 410 Gone'],
      );
      this.logger.warn({ webhookId: row.webhook_id }, 'webhook disabled: its endpoint answered 410');
    }
  }
}
