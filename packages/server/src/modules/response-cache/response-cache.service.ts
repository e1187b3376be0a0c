import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../common/logger';
import { ContentStatus } from '../../common/status';
import { anyOf, recordTag } from './response-tags';

/** Entries kept at most: the oldest go first when a store finds more. */
export const MAX_ENTRIES = 10_000;
/** An answer larger than this is not kept (a page of 100 practices with texts is ~400 KB). */
export const MAX_BODY_BYTES = 512 * 1024;
/** A bound on space for entries no write touches, not a freshness rule. */
const KEEP_HOURS = 24;
/** One store in this many also sweeps expired and surplus entries. */
const SWEEP_EVERY = 200;

export interface CachedAnswer {
  /** The stored `data`, as JSON; null on a miss. */
  body: string | null;
  /** The invalidation count when looked up: the answer is kept only if it is still the same. */
  epoch: string;
}

/**
 * Answers to public and partner reads, shared by every server through the database, dropped by
 * the writes that change what they show (never by a timer). A failing database makes a miss,
 * never a failed read.
 */
export class ResponseCacheService {
  private logger: Logger | null = null;
  private stores = 0;

  constructor(private readonly ds: DataSource) {}

  logTo(logger: Logger): this {
    this.logger = logger;
    return this;
  }

  async lookup(key: string): Promise<CachedAnswer | null> {
    try {
      const [row]: { epoch: string; body: string | null }[] = await this.ds.query(
        'SELECT (SELECT n FROM response_cache_epoch WHERE id = 1)::text AS epoch, ' +
          '(SELECT body FROM response_cache_entry WHERE key = $1 AND expires_at > now()) AS body',
        [key],
      );
      return row?.epoch ? row : null;
    } catch (error) {
      this.logger?.warn({ err: error }, 'response cache lookup failed');
      return null;
    }
  }

  /**
   * Keeps an answer read when the count was `epoch`. Locking the count row waits for a write that
   * is invalidating right now, so an answer read before it is never kept after it.
   */
  async store(key: string, body: string, tags: readonly string[], epoch: string): Promise<boolean> {
    if (Buffer.byteLength(body) > MAX_BODY_BYTES) return false;
    try {
      const kept: unknown[] = await this.ds.query(
        'INSERT INTO response_cache_entry (key, body, tags, expires_at) ' +
          `SELECT $1, $2, $3, now() + interval '${KEEP_HOURS} hours' ` +
          'FROM (SELECT n FROM response_cache_epoch WHERE id = 1 FOR SHARE) AS count WHERE count.n = $4 ' +
          'ON CONFLICT (key) DO UPDATE SET body = excluded.body, tags = excluded.tags, expires_at = excluded.expires_at ' +
          'RETURNING key',
        [key, body, tags, epoch],
      );
      this.stores += 1;
      if (this.stores % SWEEP_EVERY === 0) await this.sweep();
      return kept.length > 0;
    } catch (error) {
      this.logger?.warn({ err: error }, 'response not cached');
      return false;
    }
  }

  /** In a write's transaction: drops every answer showing one of `tags` and counts the invalidation. */
  async invalidate(manager: EntityManager, tags: readonly string[]): Promise<void> {
    if (!tags.length) return;
    await manager.query('UPDATE response_cache_epoch SET n = n + 1 WHERE id = 1');
    await manager.query('DELETE FROM response_cache_entry WHERE tags && $1::text[]', [tags]);
  }

  /** A record's write as the public sees it: nothing when it was not published before or after. */
  async recordWritten(
    manager: EntityManager,
    typeName: string,
    record: { id: string; status?: unknown; deletedAt?: Date | null },
    previousStatus: string | null,
  ): Promise<void> {
    const workflow = typeof record.status === 'string';
    const seenBefore = previousStatus === ContentStatus.PUBLISHED;
    const seenAfter = record.status === ContentStatus.PUBLISHED && !record.deletedAt;
    if (workflow && !seenBefore && !seenAfter) return;
    await this.invalidate(manager, [recordTag(typeName, record.id), anyOf(typeName)]);
  }

  async sweep(): Promise<void> {
    await this.ds.query('DELETE FROM response_cache_entry WHERE expires_at <= now()');
    await this.ds.query(
      'DELETE FROM response_cache_entry WHERE key IN (SELECT key FROM response_cache_entry ' +
        'ORDER BY expires_at DESC OFFSET $1)',
      [MAX_ENTRIES],
    );
  }
}
