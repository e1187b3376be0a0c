import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { ErrorCode } from '../common/error-codes';
import { metrics } from '../common/metrics';
import type { Principal } from '../common/principal';
import type { PartnerToken } from '../modules/auth';
import type { RateLimitConfig } from './config';
import type { Logger } from './logger';

/*
 * Request quotas, counted in the database (rate_counter) so that every server behind the load
 * balancer counts into the same rows: a partner token per minute and per UTC day (its own quotas
 * or the configured defaults), the public per minute and address (keyed by the address's HMAC,
 * never the address). Staff are not limited. One statement per request counts every window.
 * When the counter fails or is slow the request is served anyway (fail open, with a warning):
 * a quota protects the service, and refusing everyone because of it would be the outage itself.
 */

const SECONDS = { minute: 60, day: 86_400 } as const;
type Unit = keyof typeof SECONDS;

/** A request's counter waits this long at most; then the request goes uncounted. */
const COUNT_TIMEOUT_MS = 2000;
/** Old windows are deleted at most this often per server, this many rows at a time. */
const PRUNE_EVERY_MS = 60_000;
const PRUNE_ROWS = 10_000;

const refusals = metrics.counter(
  'obmen_rate_limit_refusals_total',
  'Requests refused with 429, by caller kind and window',
  ['caller', 'window'],
);

interface Window {
  key: string;
  unit: Unit;
  limit: number;
}

/** One window after counting this request. */
interface Counted extends Window {
  count: number;
  /** Seconds until the window ends. */
  reset: number;
}

export type Quota = PartnerToken['quota'];

export class RateLimiter {
  private lastPrune = 0;
  private lastWarning = 0;

  constructor(
    private readonly ds: DataSource,
    private readonly limits: RateLimitConfig,
    private readonly logger: Logger,
  ) {}

  /**
   * Counts the request, sets the RateLimit-* headers of the tightest window, and throws
   * RATE_LIMITED (HTTP 429, Retry-After) when a window is over its limit.
   */
  async enforce(
    principal: Principal,
    quota: Quota | null,
    senderHash: () => string,
    res: Response,
  ): Promise<void> {
    // A limit of 0 is off (configured so).
    const windows = this.windows(principal, quota, senderHash).filter((w) => w.limit > 0);
    if (!windows.length) return;
    const counted = await this.count(windows);
    if (!counted) return;
    const over = counted.filter((w) => w.count > w.limit).sort((a, b) => b.reset - a.reset)[0];
    const shown = over ?? [...counted].sort((a, b) => a.limit - a.count - (b.limit - b.count))[0];
    res.setHeader('RateLimit-Limit', String(shown.limit));
    res.setHeader('RateLimit-Remaining', String(Math.max(0, shown.limit - shown.count)));
    res.setHeader('RateLimit-Reset', String(shown.reset));
    if (!over) return;
    res.setHeader('Retry-After', String(over.reset));
    res.setHeader('Cache-Control', 'no-store');
    refusals.inc({ caller: principal.kind, window: over.unit });
    throw new GraphQLError(
      `Too many requests: at most ${over.limit} per ${over.unit}; retry in ${over.reset} s`,
      {
        extensions: {
          code: ErrorCode.RATE_LIMITED,
          retryAfterSeconds: over.reset,
          http: { status: 429 },
        },
      },
    );
  }

  private windows(principal: Principal, quota: Quota | null, senderHash: () => string): Window[] {
    if (principal.kind === 'partner') {
      const key = `token:${principal.tokenId}`;
      return [
        { key: `${key}:minute`, unit: 'minute', limit: quota?.perMinute ?? this.limits.tokenPerMinute },
        { key: `${key}:day`, unit: 'day', limit: quota?.perDay ?? this.limits.tokenPerDay },
      ];
    }
    if (principal.kind === 'public') {
      if (this.limits.publicPerMinute <= 0) return [];
      return [{ key: `public:${senderHash()}:minute`, unit: 'minute', limit: this.limits.publicPerMinute }];
    }
    return [];
  }

  /** Every window counted in one statement; null when the counter failed or was too slow. */
  private async count(windows: Window[]): Promise<Counted[] | null> {
    // Windows start on UTC boundaries, by the database's clock: the same for every server.
    const values = windows.map((w, i) => `($${i + 1}, date_trunc('${w.unit}', now(), 'UTC'), 1)`);
    const sql =
      `INSERT INTO rate_counter AS c (key, window_start, count) VALUES ${values.join(', ')} ` +
      'ON CONFLICT (key, window_start) DO UPDATE SET count = c.count + 1 ' +
      'RETURNING c.key, c.count, extract(epoch FROM c.window_start)::float8 AS start, ' +
      'extract(epoch FROM now())::float8 AS now';
    let timer: NodeJS.Timeout | undefined;
    try {
      const rows: { key: string; count: number; start: number; now: number }[] = await Promise.race([
        this.ds.query(
          sql,
          windows.map((w) => w.key),
        ),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error('rate counter timed out')), COUNT_TIMEOUT_MS);
        }),
      ]);
      this.prune();
      return windows.map((w) => {
        const row = rows.find((r) => r.key === w.key)!;
        const reset = Math.max(1, Math.ceil(Number(row.start) + SECONDS[w.unit] - Number(row.now)));
        return { ...w, count: Number(row.count), reset };
      });
    } catch (error) {
      this.warn(error);
      return null;
    } finally {
      clearTimeout(timer);
    }
  }

  /** Deletes ended windows now and then, a bounded batch at a time, without holding up the request. */
  private prune(): void {
    if (Date.now() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = Date.now();
    this.ds
      .query(
        'DELETE FROM rate_counter WHERE (key, window_start) IN (SELECT key, window_start FROM rate_counter ' +
          "WHERE window_start < now() - interval '2 days' " +
          "OR (window_start < now() - interval '10 minutes' AND key LIKE '%:minute') LIMIT $1)",
        [PRUNE_ROWS],
      )
      .catch((error: unknown) => this.warn(error));
  }

  /** At most one warning a minute: a database away would otherwise log every request. */
  private warn(error: unknown): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'rate counter unavailable: requests are served uncounted',
    );
  }
}
