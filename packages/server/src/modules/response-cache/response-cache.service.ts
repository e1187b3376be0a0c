import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../../common/logger';
import { ContentStatus } from '../../common/status';
import type { AnswerStore, CachedAnswer } from './answer-store';
import { DatabaseAnswers } from './database-answers';
import { RedisAnswers } from './redis-answers';
import { anyOf, recordTag } from './response-tags';

/** An answer larger than this is not kept (a page of 100 practices with texts is ~400 KB). */
export const MAX_BODY_BYTES = 512 * 1024;
/** A bound on space for entries no write touches, not a freshness rule. */
const KEEP_SECONDS = 24 * 3600;
/** One store in this many also sweeps expired and surplus entries. */
const SWEEP_EVERY = 200;

/** Parsed copies of kept answers this server holds, by their length as JSON. */
const MAX_COPIED_BYTES = 32 * 1024 * 1024;

/** A kept answer this server has parsed, and which stored copy it is. */
interface Copy {
  stamp: string;
  data: Record<string, unknown>;
  bytes: number;
}

export interface FoundAnswer {
  /** The kept answer's `data`; null on a miss. */
  data: Record<string, unknown> | null;
  /** The invalidation count when looked up: a miss's answer is kept only if it is still the same. */
  epoch: string;
}

/** Where answers are kept: Redis when REDIS_URL is set, else the database. */
export function answerStore(ds: DataSource, env: NodeJS.ProcessEnv = process.env): AnswerStore {
  const url = env.REDIS_URL?.trim();
  return url
    ? new RedisAnswers(url, env.OBMEN_REDIS_PREFIX ?? 'obmen:', ds, KEEP_SECONDS)
    : new DatabaseAnswers(ds, KEEP_SECONDS);
}

/**
 * Answers to public and partner reads, shared by every server (through the database or Redis),
 * dropped by the writes that change what they show, never by a timer. A failing store makes a
 * miss, never a failed read; a write that cannot drop its answers fails instead.
 */
export class ResponseCacheService {
  private logger: Logger | null = null;
  private stores = 0;
  /**
   * Answers this server parsed, by key, oldest first: a hit on the same stored copy (its stamp)
   * is served from here, so the database sends a few bytes instead of the body.
   */
  private readonly copies = new Map<string, Copy>();
  private copiedBytes = 0;
  private lastWarning = 0;

  constructor(readonly answers: AnswerStore) {}

  logTo(logger: Logger): this {
    this.logger = logger;
    return this;
  }

  /** The kept answer's `data` (null on a miss) and the invalidation count; null when the store failed. */
  async lookup(key: string): Promise<FoundAnswer | null> {
    const copy = this.copies.get(key);
    let row: CachedAnswer | null;
    try {
      row = await this.answers.lookup(key, copy?.stamp);
    } catch (error) {
      this.warn(error, 'response cache lookup failed: reads run uncached');
      return null;
    }
    if (!row) return null;
    if (row.body !== null) {
      const data = JSON.parse(row.body) as Record<string, unknown>;
      if (row.stamp) this.remember(key, { stamp: row.stamp, data, bytes: row.body.length });
      return { data, epoch: row.epoch };
    }
    if (copy && row.stamp === copy.stamp) {
      // The same copy this server parsed before: most recently used now.
      this.copies.delete(key);
      this.copies.set(key, copy);
      return { data: copy.data, epoch: row.epoch };
    }
    if (copy) this.forget(key);
    return { data: null, epoch: row.epoch };
  }

  /** Keeps an answer read when the invalidation count was `epoch`, if it still is. */
  async store(
    key: string,
    data: Record<string, unknown>,
    tags: readonly string[],
    epoch: string,
  ): Promise<boolean> {
    const body = JSON.stringify(data);
    if (Buffer.byteLength(body) > MAX_BODY_BYTES) return false;
    try {
      const kept = await this.answers.store(key, body, tags, epoch);
      this.stores += 1;
      if (this.stores % SWEEP_EVERY === 0) await this.answers.sweep();
      if (kept?.stamp) this.remember(key, { stamp: kept.stamp, data, bytes: body.length });
      return kept !== null;
    } catch (error) {
      this.warn(error, 'response not cached');
      return false;
    }
  }

  /** At most one warning a minute: a store away would otherwise log every read. */
  private warn(error: unknown, message: string): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger?.warn({ err: error instanceof Error ? error.message : String(error) }, message);
  }

  private remember(key: string, copy: Copy): void {
    this.forget(key);
    this.copies.set(key, copy);
    this.copiedBytes += copy.bytes;
    for (const [oldest, old] of this.copies) {
      if (this.copiedBytes <= MAX_COPIED_BYTES) break;
      this.copies.delete(oldest);
      this.copiedBytes -= old.bytes;
    }
  }

  private forget(key: string): void {
    const copy = this.copies.get(key);
    if (!copy) return;
    this.copies.delete(key);
    this.copiedBytes -= copy.bytes;
  }

  /** In a write's transaction: counts the invalidation and drops every answer showing one of `tags`. */
  async invalidate(manager: EntityManager, tags: readonly string[]): Promise<void> {
    if (!tags.length) return;
    await manager.query('UPDATE response_cache_epoch SET n = n + 1 WHERE id = 1');
    await this.answers.drop(manager, tags);
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

  close(): Promise<void> {
    return this.answers.close();
  }
}
