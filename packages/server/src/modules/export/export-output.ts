import type { Response } from 'express';

/** Longest wait for a client to take the next bytes: one that stops reading is cut off, not waited for. */
export const DRAIN_TIMEOUT_MS = 60_000;

/**
 * Writes to a response at the client's pace: a write the socket cannot take yet waits for
 * 'drain', so a slow download holds one page in memory, not the whole list. `closed` turns true
 * when the client goes away, and the export stops asking the database for pages.
 *
 * One 'drain' and one 'close' listener for the whole download: the compression middleware passes
 * listeners on to its gzip stream and cannot take them off again, so a listener per wait would
 * pile up, one per page.
 */
export class ExportOutput {
  private gone = false;
  private waiting: (() => void) | null = null;

  constructor(private readonly res: Response) {
    res.on('drain', () => this.wake());
    res.on('close', () => {
      this.gone = true;
      this.wake();
    });
  }

  get closed(): boolean {
    return this.gone || this.res.destroyed;
  }

  private wake(): void {
    const waiting = this.waiting;
    this.waiting = null;
    waiting?.();
  }

  async write(chunk: string): Promise<void> {
    if (!chunk || this.closed) return;
    if (this.res.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const stalled = setTimeout(() => this.res.destroy(), DRAIN_TIMEOUT_MS);
      this.waiting = () => {
        clearTimeout(stalled);
        resolve();
      };
    });
  }
}
