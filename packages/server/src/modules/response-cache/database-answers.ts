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

  async lookup(key: string): Promise<CachedAnswer | null> {
    const [row]: CachedAnswer[] = await this.ds.query(
      'SELECT (SELECT n FROM response_cache_epoch WHERE id = 1)::text AS epoch, ' +
        '(SELECT body FROM response_cache_entry WHERE key = $1 AND expires_at > now()) AS body',
      [key],
    );
    return row?.epoch ? row : null;
  }

  async store(key: string, body: string, tags: readonly string[], epoch: string): Promise<boolean> {
    const kept: unknown[] = await this.ds.query(
      'INSERT INTO response_cache_entry (key, body, tags, expires_at) ' +
        `SELECT $1, $2, $3, now() + make_interval(secs => $5) ` +
        'FROM (SELECT n FROM response_cache_epoch WHERE id = 1 FOR SHARE) AS count WHERE count.n = $4 ' +
        'ON CONFLICT (key) DO UPDATE SET body = excluded.body, tags = excluded.tags, expires_at = excluded.expires_at ' +
        'RETURNING key',
      [key, body, tags, epoch, this.keepSeconds],
    );
    return kept.length > 0;
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
