import type { Response } from 'express';

/**
 * Writes to a response at the client's pace: a write the socket cannot take yet waits for
 * 'drain', so a slow download holds one page in memory, not the whole list. `closed` turns true
 * when the client goes away, and the export stops asking the database for pages.
 */
export class ExportOutput {
  private gone = false;

  constructor(private readonly res: Response) {
    res.on('close', () => {
      this.gone = true;
    });
  }

  get closed(): boolean {
    return this.gone || this.res.destroyed;
  }

  async write(chunk: string): Promise<void> {
    if (!chunk || this.closed) return;
    if (this.res.write(chunk)) return;
    await new Promise<void>((resolve) => {
      const done = () => {
        this.res.off('drain', done);
        this.res.off('close', done);
        resolve();
      };
      this.res.on('drain', done);
      this.res.on('close', done);
    });
  }
}
