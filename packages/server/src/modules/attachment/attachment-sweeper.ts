import type { DataSource, EntityManager } from 'typeorm';
import type { FileStore } from './file-store';

/** Files an upload in flight may still be storing are left alone this long. */
export const UPLOAD_GRACE = "interval '1 hour'";
/** Files deleted per sweep: a backlog drains over several runs instead of one long one. */
const SWEEP_BATCH = 100;

/**
 * Deletes stored files no attachment row names, as the attachment_sweep table lists them
 * (see AttachmentSweep): right after a purge or delete commits, and on a timer for what a crash
 * or an unreachable store left behind.
 */
export class AttachmentSweeper {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly store: FileStore,
  ) {}

  /** Before a file is stored: a crash before its row commits leaves the sweeper a note. */
  async expect(key: string): Promise<void> {
    await this.ds.query(
      `INSERT INTO attachment_sweep (storage_key, due_at) VALUES ($1, now() + ${UPLOAD_GRACE})`,
      [key],
    );
  }

  /** In the transaction that deletes the rows naming `keys`: their files are due at once. */
  async due(manager: EntityManager, keys: readonly string[]): Promise<void> {
    if (!keys.length) return;
    await manager.query(
      'INSERT INTO attachment_sweep (storage_key, due_at) SELECT unnest($1::varchar[]), now() ' +
        'ON CONFLICT (storage_key) DO UPDATE SET due_at = EXCLUDED.due_at',
      [keys],
    );
  }

  /** In the transaction that writes the row naming `key`: the file is kept. */
  async kept(manager: EntityManager, key: string): Promise<void> {
    await manager.query('DELETE FROM attachment_sweep WHERE storage_key = $1', [key]);
  }

  /**
   * Deletes the files of `keys` from the store, then their notes; a key still named by an
   * attachment (never expected, but a mistake must not lose a file) is only un-noted. A store
   * that fails leaves the note for the next sweep. Returns how many files it deleted.
   */
  async release(keys: readonly string[]): Promise<number> {
    let deleted = 0;
    for (const key of keys) {
      const [named]: unknown[] = await this.ds.query('SELECT 1 FROM attachment WHERE storage_key = $1', [
        key,
      ]);
      try {
        if (!named) {
          await this.store.delete(key);
          deleted++;
        }
        await this.ds.query('DELETE FROM attachment_sweep WHERE storage_key = $1', [key]);
      } catch {
        // Left noted: the timer's sweep tries again.
      }
    }
    return deleted;
  }

  /** One run over the due notes (at most SWEEP_BATCH). */
  async sweep(): Promise<number> {
    const due: { storage_key: string }[] = await this.ds.query(
      'SELECT storage_key FROM attachment_sweep WHERE due_at <= now() ORDER BY due_at LIMIT $1',
      [SWEEP_BATCH],
    );
    return this.release(due.map((row) => row.storage_key));
  }

  start(intervalMs: number): void {
    this.timer ??= setInterval(() => {
      // A database or store that is away now is tried again at the next tick.
      this.sweep().catch(() => undefined);
    }, intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
