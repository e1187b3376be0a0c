import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/*
 * The process's Prometheus metrics, scraped at /metrics (app/metrics.ts). Any module may count
 * something here: `metrics.counter('obmen_webhook_deliveries_total', 'Webhook deliveries', ['status'])`
 * returns the same counter on every call, so a module asks for it where it counts. Label values
 * must come from a small set (a status, a kind); free text such as an operation name goes
 * through `CappedLabel` first.
 */

class Metrics {
  readonly registry = new Registry();
  private defaultsCollected = false;

  counter<L extends string>(name: string, help: string, labelNames: readonly L[] = []): Counter<L> {
    return this.once(name, () => new Counter<L>({ name, help, labelNames, registers: [this.registry] }));
  }

  histogram<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[] = [],
    buckets?: number[],
  ): Histogram<L> {
    return this.once(
      name,
      () =>
        new Histogram<L>({ name, help, labelNames, registers: [this.registry], ...(buckets && { buckets }) }),
    );
  }

  /** A gauge read at each scrape: `collect` sets its values (a promise is awaited by the scrape). */
  gauge<L extends string>(
    name: string,
    help: string,
    labelNames: readonly L[],
    collect: (gauge: Gauge<L>) => void | Promise<void>,
  ): Gauge<L> {
    return this.once(
      name,
      () =>
        new Gauge<L>({
          name,
          help,
          labelNames,
          registers: [this.registry],
          collect() {
            return collect(this);
          },
        }),
    );
  }

  /** Node's process metrics (CPU, memory, event loop lag, handles), once per process. */
  collectDefaults(): void {
    if (this.defaultsCollected) return;
    this.defaultsCollected = true;
    collectDefaultMetrics({ register: this.registry });
  }

  private once<M>(name: string, create: () => M): M {
    return (this.registry.getSingleMetric(name) as M | undefined) ?? create();
  }
}

export const metrics = new Metrics();

/** Keeps a label's values bounded: the first `max` distinct values are kept, later ones become "other". */
export class CappedLabel {
  private readonly seen = new Set<string>();

  constructor(private readonly max: number) {}

  value(raw: string): string {
    if (this.seen.has(raw)) return raw;
    if (this.seen.size >= this.max) return 'other';
    this.seen.add(raw);
    return raw;
  }
}
