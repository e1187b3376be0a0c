import { GraphQLError } from 'graphql';
import { Redis } from 'ioredis';
import { ErrorCode } from '../../common/error-codes';
import type { DataSource, EntityManager } from 'typeorm';
import { type AnswerStore, type CachedAnswer, currentEpoch } from './answer-store';

/**
 * Kept answers in Redis (REDIS_URL): a hit costs the database nothing. The invalidation count
 * stays in the database, so keeping an answer still waits for a write in flight, and a write
 * drops its answers from Redis inside its transaction: if Redis cannot be told, the write fails
 * rather than leave stale answers behind.
 */
export class RedisAnswers implements AnswerStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix: string,
    private readonly ds: DataSource,
    private readonly keepSeconds: number,
  ) {
    this.redis = new Redis(url, {
      // Bounded waits: a slow or absent Redis makes misses, never hung requests.
      lazyConnect: true,
      connectTimeout: 2_000,
      commandTimeout: 1_000,
      maxRetriesPerRequest: 1,
      enableOfflineQueue: true,
    });
    // Errors surface on the commands that fail; the client's own event would otherwise crash the process.
    this.redis.on('error', () => undefined);
  }

  private entry = (key: string) => `${this.prefix}e:${key}`;
  private tag = (tag: string) => `${this.prefix}t:${tag}`;

  async lookup(key: string): Promise<CachedAnswer | null> {
    const body = await this.redis.get(this.entry(key));
    if (body !== null) return { body, stamp: null, epoch: '' };
    const [row]: { n: string }[] = await this.ds.query(
      'SELECT n::text AS n FROM response_cache_epoch WHERE id = 1',
    );
    return row ? { body: null, stamp: null, epoch: row.n } : null;
  }

  async store(
    key: string,
    body: string,
    tags: readonly string[],
    epoch: string,
  ): Promise<{ stamp: string | null } | null> {
    return this.ds.transaction(async (manager) => {
      // Held until the answer is in Redis: a write's invalidation comes strictly before or after.
      if ((await currentEpoch(manager)) !== epoch) return null;
      const entry = this.entry(key);
      const batch = this.redis.multi().set(entry, body, 'EX', this.keepSeconds);
      for (const tag of tags) batch.sadd(this.tag(tag), entry).expire(this.tag(tag), this.keepSeconds);
      await batch.exec();
      // A hit costs the database nothing here: no copies to keep track of.
      return { stamp: null };
    });
  }

  async drop(_manager: EntityManager, tags: readonly string[]): Promise<void> {
    try {
      // One script: the tags' entries and the tag sets go together.
      await this.redis.eval(
        "for _, tag in ipairs(KEYS) do local entries = redis.call('SMEMBERS', tag) " +
          "for _, entry in ipairs(entries) do redis.call('DEL', entry) end redis.call('DEL', tag) end return 0",
        tags.length,
        ...tags.map(this.tag),
      );
    } catch {
      // The write's transaction rolls back: better no change than answers that no longer hold.
      throw new GraphQLError(
        'The response cache could not be updated; nothing was changed. Try again shortly.',
        {
          extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, retryable: true, http: { status: 503 } },
        },
      );
    }
  }

  async sweep(): Promise<void> {
    // Redis expires entries and tag sets itself.
  }

  async close(): Promise<void> {
    if (this.redis.status === 'ready' || this.redis.status === 'connecting') await this.redis.quit();
    else this.redis.disconnect();
  }
}
