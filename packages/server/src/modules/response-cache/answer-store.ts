import type { EntityManager } from 'typeorm';

export interface CachedAnswer {
  /** The stored `data`, as JSON; null on a miss, or when `stamp` is the copy the asker already holds. */
  body: string | null;
  /** Which stored copy this is (each store makes a new one); null on a miss or when not tracked. */
  stamp: string | null;
  /** The invalidation count when looked up (on a miss): the answer is kept only if it is still the same. */
  epoch: string;
}

/** Where kept answers live: the database by default, Redis when REDIS_URL is set. */
export interface AnswerStore {
  /** `knownStamp`: the copy this server holds parsed; the body is then not sent again. */
  lookup(key: string, knownStamp?: string): Promise<CachedAnswer | null>;
  /**
   * Keeps an answer only if the invalidation count is still `epoch` (waiting for a write in
   * flight); null when it was not kept, else the stamp of the new copy (null when not tracked).
   */
  store(
    key: string,
    body: string,
    tags: readonly string[],
    epoch: string,
  ): Promise<{ stamp: string | null } | null>;
  /** In a write's transaction, after the count was raised: drops the answers showing any of `tags`. */
  drop(manager: EntityManager, tags: readonly string[]): Promise<void>;
  /** Drops expired and surplus answers. */
  sweep(): Promise<void>;
  close(): Promise<void>;
}

/** The invalidation count, under a share lock: a write raising it right now is waited for. */
export async function currentEpoch(manager: EntityManager): Promise<string | undefined> {
  const [row]: { n: string }[] = await manager.query(
    'SELECT n::text AS n FROM response_cache_epoch WHERE id = 1 FOR SHARE',
  );
  return row?.n;
}
