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

  constructor(readonly answers: AnswerStore) {}

  logTo(logger: Logger): this {
    this.logger = logger;
    return this;
  }

  async lookup(key: string): Promise<CachedAnswer | null> {
    try {
      return await this.answers.lookup(key);
    } catch (error) {
      this.logger?.warn({ err: error }, 'response cache lookup failed');
      return null;
    }
  }

  /** Keeps an answer read when the invalidation count was `epoch`, if it still is. */
  async store(key: string, body: string, tags: readonly string[], epoch: string): Promise<boolean> {
    if (Buffer.byteLength(body) > MAX_BODY_BYTES) return false;
    try {
      const kept = await this.answers.store(key, body, tags, epoch);
      this.stores += 1;
      if (this.stores % SWEEP_EVERY === 0) await this.answers.sweep();
      return kept;
    } catch (error) {
      this.logger?.warn({ err: error }, 'response not cached');
      return false;
    }
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
