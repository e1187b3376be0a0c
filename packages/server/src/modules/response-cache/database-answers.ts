import { randomBytes } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import type { AnswerStore, CachedAnswer } from './answer-store';

/** Entries kept at most in the table: the oldest go first when a sweep finds more. */
export const MAX_ENTRIES = 10_000;

/** The default store: the response_cache_entry table, beside the data it caches. */
export class DatabaseAnswers implements AnswerStore {
  constructor(
    private readonly ds: DataSource,
    private readonly keepSeconds: number,
  ) {}

  async lookup(key: string, knownStamp?: string): Promise<CachedAnswer | null> {
    // A copy the server already holds is not read again: the body of a page is tens of kB.
    const [row]: CachedAnswer[] = await this.ds.query(
      'SELECT (SELECT n FROM response_cache_epoch WHERE id = 1)::text AS epoch, entry.stamp, ' +
        'CASE WHEN entry.stamp IS DISTINCT FROM $2::text THEN entry.body END AS body ' +
        'FROM (SELECT 1) AS one LEFT JOIN response_cache_entry AS entry ON entry.key = $1 AND entry.expires_at > now()',
      [key, knownStamp ?? null],
    );
    return row?.epoch ? row : null;
  }

  async store(
    key: string,
    body: string,
    tags: readonly string[],
    epoch: string,
  ): Promise<{ stamp: string | null } | null> {
    const stamp = randomBytes(8).toString('hex');
    const kept: unknown[] = await this.ds.query(
      'INSERT INTO response_cache_entry (key, body, tags, expires_at, stamp) ' +
        `SELECT $1, $2, $3, now() + make_interval(secs => $5), $6 ` +
        'FROM (SELECT n FROM response_cache_epoch WHERE id = 1 FOR SHARE) AS count WHERE count.n = $4 ' +
        'ON CONFLICT (key) DO UPDATE SET body = excluded.body, tags = excluded.tags, ' +
        'expires_at = excluded.expires_at, stamp = excluded.stamp RETURNING key',
      [key, body, tags, epoch, this.keepSeconds, stamp],
    );
    return kept.length > 0 ? { stamp } : null;
  }

  async drop(manager: EntityManager, tags: readonly string[]): Promise<void> {
    await manager.query('DELETE FROM response_cache_entry WHERE tags && $1::text[]', [tags]);
  }

  async sweep(): Promise<void> {
    await this.ds.query('DELETE FROM response_cache_entry WHERE expires_at <= now()');
    await this.ds.query(
      'DELETE FROM response_cache_entry WHERE key IN (SELECT key FROM response_cache_entry ' +
        'ORDER BY expires_at DESC OFFSET $1)',
      [MAX_ENTRIES],
    );
  }

  async close(): Promise<void> {
    // The data source is closed by its owner.
  }
}
