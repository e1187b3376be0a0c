import type { ClassType } from 'type-graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { fieldError, Reason } from '../../common/errors';
import { ContentStatus } from '../../common/status';
import { systemActor } from '../../common/principal';
import { RevisionAction } from '../../common/revision-action';
import type { RevisionService } from '../revision';
import type { PublishableEntity } from '../../common/base.entity';
import type { ServiceRegistry } from '../../common/context';
import type { ModuleManifest, WriteHook } from '../../common/module';

/**
 * An editor's `publishAt` (undefined = unchanged, null = cancel). A published record has
 * nothing left to schedule, so publishing it by hand also cancels its schedule. Call after
 * the status is assigned.
 */
export function assignSchedule(
  record: PublishableEntity,
  input: { publishAt?: Date | null; status?: ContentStatus | null },
): void {
  if (input.publishAt && input.status === ContentStatus.PUBLISHED) {
    throw fieldError(
      'publishAt',
      'Either publish it now or schedule it, not both',
      Reason.eitherNowOrScheduled,
    );
  }
  if (input.publishAt !== undefined) record.publishAt = input.publishAt ?? null;
  if (record.status === ContentStatus.PUBLISHED) record.publishAt = null;
}

/** A type the scheduler publishes, and the service that snapshots it for its revision. */
export interface ScheduledType {
  entity: ClassType<PublishableEntity>;
  snapshot(manager: EntityManager, record: PublishableEntity): Promise<Record<string, unknown>>;
  /** The type's write hooks: a scheduled publication is a write like any other to its followers. */
  written(...args: Parameters<WriteHook>): Promise<void>;
}

export interface SchedulerOptions {
  /** Seconds between runs; 0 runs only at start. */
  intervalSeconds: number;
  /** Records published per transaction. */
  batchSize?: number;
  /** The scheduler's notion of now; tests pass their own clock. */
  clock?: () => Date;
  logger?: { info(obj: object, msg: string): void; error(obj: object, msg: string): void };
}

const SCHEDULER = systemActor('scheduler');

/**
 * Publishes records whose `publishAt` has come. The schedule lives in the database, so it
 * survives restarts: the first run at start publishes whatever fell due while the server
 * was down. Rows are taken with SKIP LOCKED, so an editor's open save is never waited for
 * (it is picked up next run) and two servers never publish the same record twice.
 */
export class PublishingScheduler {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private readonly batchSize: number;
  private readonly clock: () => Date;

  constructor(
    private readonly ds: DataSource,
    private readonly revisions: RevisionService,
    private readonly types: readonly ScheduledType[],
    private readonly options: SchedulerOptions,
  ) {
    this.batchSize = options.batchSize ?? 100;
    this.clock = options.clock ?? (() => new Date());
  }

  /** Runs once now (and waits for it), then every interval until `stop`. */
  async start(): Promise<void> {
    await this.tick();
    if (this.options.intervalSeconds > 0 && !this.timer) {
      this.timer = setInterval(() => void this.tick(), this.options.intervalSeconds * 1000);
      // A pending run must not keep a stopping process alive.
      this.timer.unref();
    }
  }

  /** Stops the timer and waits for a run in progress, so the database can close after it. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** Publishes everything due at `now`; returns how many records it published. */
  async runOnce(now: Date = this.clock()): Promise<number> {
    let published = 0;
    for (const type of this.types) {
      for (;;) {
        const count = await this.ds.transaction((manager) => this.publishBatch(manager, type, now));
        published += count;
        if (count < this.batchSize) break;
      }
    }
    return published;
  }

  private tick(): Promise<unknown> {
    // Runs never overlap: a slow run makes the next tick a no-op.
    this.running ??= this.runOnce()
      .then((count) => {
        if (count) this.options.logger?.info({ published: count }, 'scheduled content published');
      })
      .catch((err: unknown) => this.options.logger?.error({ err }, 'scheduled publishing failed'))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async publishBatch(manager: EntityManager, type: ScheduledType, now: Date): Promise<number> {
    const due = await manager
      .createQueryBuilder(type.entity, 'record')
      .where('record.publishAt <= :now', { now })
      .orderBy('record.publishAt', 'ASC')
      .addOrderBy('record.id', 'ASC')
      .limit(this.batchSize)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
    for (const record of due) {
      const previousStatus = record.status;
      record.status = ContentStatus.PUBLISHED;
      // The publication date is the scheduled moment, not the moment this run got to it.
      record.publishedAt ??= record.publishAt;
      record.publishAt = null;
      const saved = await manager.save(record);
      await this.revisions.record(
        manager,
        SCHEDULER,
        {
          entityType: type.entity.name,
          entityId: saved.id,
          version: saved.version,
          action: RevisionAction.UPDATE,
          snapshot: await type.snapshot(manager, saved),
        },
        { auditAction: `${type.entity.name.toLowerCase()}.publish` },
      );
      await type.written(manager, saved, RevisionAction.UPDATE, previousStatus);
    }
    return due.length;
  }
}

/** The types the modules declare scheduled capabilities for, each with its service's snapshot. */
export function scheduledTypes(
  manifests: readonly ModuleManifest[],
  services: ServiceRegistry,
): ScheduledType[] {
  return manifests
    .flatMap((m) => m.scheduled ?? [])
    .map((capability) => {
      const target = capability.target(services);
      return {
        entity: capability.entity,
        snapshot: (manager, record) => target.snapshot(manager, record),
        written: (manager, record, action, previousStatus) =>
          target.written(manager, record, action, previousStatus),
      };
    });
}

/** The scheduler for every type with `publishAt` (the content module composes the list). */
export function createPublishingScheduler(
  ds: DataSource,
  services: { revisions: RevisionService; scheduledTypes: readonly ScheduledType[] },
  options: SchedulerOptions,
): PublishingScheduler {
  return new PublishingScheduler(ds, services.revisions, services.scheduledTypes, options);
}
