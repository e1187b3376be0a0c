import type { Logger } from '../../common/logger';
import type { ImportService } from './import.service';

/**
 * Runs import jobs in the background: takes a job no other server holds, works through it batch
 * by batch (each recorded, so a stop loses at most the batch under way), then looks for the next.
 */
export class ImportWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly imports: ImportService,
    private readonly logger: Logger,
  ) {}

  /** `pollMs` 0: no polling; jobs this server starts or applies wake it all the same. */
  start(pollMs = 10_000): void {
    if (this.timer || this.stopped) return;
    this.imports.onWork = () => this.wake();
    if (pollMs > 0) {
      this.timer = setInterval(() => this.wake(), pollMs);
      this.timer.unref();
    }
    this.wake();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    this.imports.onWork = null;
    await this.running;
  }

  wake(): void {
    if (this.stopped || this.running) return;
    this.running = this.drain()
      .catch((err: unknown) => this.logger.error({ err }, 'import job failed'))
      .finally(() => (this.running = undefined));
  }

  /** Every job that has work, one after the other. */
  async drain(): Promise<void> {
    for (let id = await this.imports.claim(); id && !this.stopped; id = await this.imports.claim()) {
      try {
        while (!this.stopped && (await this.imports.step(id))) {
          // Each batch is committed before the next; the lease is renewed by claiming again below.
          await this.imports.renew(id);
        }
      } finally {
        await this.imports.release(id);
      }
    }
  }
}
