import type { DataSource, EntityManager } from 'typeorm';
import type { ServiceRegistry } from '../../common/context';
import { conflict, notFound } from '../../common/errors';
import type { Actor } from '../../common/principal';
import {
  ImportItem,
  ImportJob,
  ImportJobStatus,
  ImportKind,
  ImportOutcome,
  ImportSource,
} from './import.entity';
import { pick } from './import-merge';
import type { ImportItemsArgs } from './import.inputs';
import { SortDirection, type ConnectionArgs } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import { OrganizationIndex, type Plan, placeCode, planItem } from './import-planner';
import { draftTitle, organizationValues, type OrganizationRole, TARGETS } from './import-targets';
import type { OrganizationDraft, ParsedSources, SourceFile } from './import.types';
import { parseSources } from './sources';

/** Items a worker takes in one go: small enough that a stop or a crash loses little. */
export const BATCH = 25;
/** A worker holds a job this long per batch; another server takes it over after a crash. */
const LEASE_SECONDS = 120;

export interface StartOptions {
  publish?: boolean;
  lang?: 'bg' | 'en';
}

const EMPTY_COUNTS = { create: 0, update: 0, unchanged: 0, conflict: 0, refused: 0 };
const COUNT_OF: Record<ImportOutcome, keyof typeof EMPTY_COUNTS> = {
  CREATE: 'create',
  UPDATE: 'update',
  UNCHANGED: 'unchanged',
  CONFLICT: 'conflict',
  REFUSED: 'refused',
};

/**
 * Imports as jobs in the database: `start` reads the files and stores one item per record, the
 * worker plans them (the preview), `apply` asks for them to be written, and the worker writes
 * them one transaction per item. Every step is recorded, so a stopped job goes on where it was.
 */
export class ImportService {
  /** Called when a job has work, so the worker need not wait for its next poll. */
  onWork: (() => void) | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly services: ServiceRegistry,
  ) {}

  async start(
    kind: ImportKind,
    files: SourceFile[],
    options: StartOptions,
    actor: Actor,
  ): Promise<ImportJob> {
    const parsed: ParsedSources = withFileWarnings(parseSources(kind, files, options));
    const job = await this.ds.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(ImportJob, {
          kind,
          status: parsed.drafts.length ? ImportJobStatus.PLANNING : ImportJobStatus.PLANNED,
          publish: options.publish ?? false,
          files: files.map((f) => f.name),
          total: parsed.drafts.length,
          processed: 0,
          counts: EMPTY_COUNTS,
          refusedFiles: parsed.refused,
          startedBy: actor.principal,
          finishedAt: parsed.drafts.length ? null : new Date(),
        }),
      );
      for (let i = 0; i < parsed.drafts.length; i += 500) {
        await manager.insert(
          ImportItem,
          parsed.drafts.slice(i, i + 500).map((draft, offset) => ({
            jobId: saved.id,
            position: i + offset,
            origin: draft.origin,
            sourceKey: draft.sourceKey,
            recordType: TARGETS[draft.type].recordType,
            title: draftTitle(draft),
            draft,
          })),
        );
      }
      return saved;
    });
    this.onWork?.();
    return job;
  }

  async apply(id: string, version: number | null): Promise<ImportJob> {
    const job = await this.job(id);
    if (version != null && job.version !== version)
      throw conflict(`Import ${id} changed (now version ${job.version})`);
    if (job.status !== ImportJobStatus.PLANNED) {
      throw conflict(`Only a planned import can be applied; this one is ${job.status}`, {
        reason: 'importNotPlanned',
      });
    }
    await this.ds.query(
      `UPDATE import_job SET status = 'APPLYING', processed = 0, counts = $2, finished_at = NULL, version = version + 1, updated_at = now() WHERE id = $1`,
      [id, EMPTY_COUNTS],
    );
    this.onWork?.();
    return this.job(id);
  }

  async cancel(id: string): Promise<ImportJob> {
    const job = await this.job(id);
    if ([ImportJobStatus.APPLIED, ImportJobStatus.CANCELLED].includes(job.status)) {
      throw conflict(`The import is already ${job.status}`, { reason: 'importFinished' });
    }
    await this.ds.query(
      `UPDATE import_job SET status = 'CANCELLED', finished_at = now(), version = version + 1 WHERE id = $1`,
      [id],
    );
    return this.job(id);
  }

  async job(id: string): Promise<ImportJob> {
    const job = await this.ds.getRepository(ImportJob).findOneBy({ id });
    if (!job) throw notFound('ImportJob', id);
    return job;
  }

  list(args: ConnectionArgs) {
    const query = this.ds.getRepository(ImportJob).createQueryBuilder('job');
    return paginate(
      query,
      { expression: 'job.created_at', sqlType: 'timestamptz', direction: SortDirection.DESC },
      args,
    );
  }

  async items(jobId: string, args: ImportItemsArgs) {
    const query = this.ds
      .getRepository(ImportItem)
      .createQueryBuilder('item')
      .where('item.job_id = :jobId', { jobId });
    if (args.outcomes?.length) query.andWhere('item.outcome IN (:...outcomes)', { outcomes: args.outcomes });
    return paginate(
      query,
      { expression: 'item.position', sqlType: 'int', direction: SortDirection.ASC },
      args,
    );
  }

  /** Every item of a job in order (the CLI's report). */
  allItems(jobId: string): Promise<ImportItem[]> {
    return this.ds.getRepository(ImportItem).find({ where: { jobId }, order: { position: 'ASC' } });
  }

  /** Takes a job that has work and no live worker, for LEASE_SECONDS; null when there is none. */
  async claim(): Promise<string | null> {
    const rows: { id: string }[] = await this.ds.query(
      // A CTE, so that the driver answers with the rows (a bare UPDATE gives [rows, count]).
      `WITH claimed AS (UPDATE import_job SET locked_until = now() + make_interval(secs => $1) WHERE id = (
         SELECT id FROM import_job WHERE status IN ('PLANNING', 'APPLYING')
         AND (locked_until IS NULL OR locked_until < now()) ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED
       ) RETURNING id) SELECT id FROM claimed`,
      [LEASE_SECONDS],
    );
    return rows[0]?.id ?? null;
  }

  async renew(id: string): Promise<void> {
    await this.ds.query(
      'UPDATE import_job SET locked_until = now() + make_interval(secs => $2) WHERE id = $1',
      [id, LEASE_SECONDS],
    );
  }

  async release(id: string): Promise<void> {
    await this.ds.query('UPDATE import_job SET locked_until = NULL WHERE id = $1', [id]);
  }

  /**
   * One batch of a job's next step, with the actor the writes are recorded under (the user who
   * started it). Returns false when the job has no more work.
   */
  async step(jobId: string): Promise<boolean> {
    const job = await this.job(jobId);
    const actor: Actor = { principal: job.startedBy, requestId: `import:${jobId}` };
    const applying = job.status === ImportJobStatus.APPLYING;
    if (!applying && job.status !== ImportJobStatus.PLANNING) return false;
    const items = await this.ds.getRepository(ImportItem).find({
      where: { jobId },
      order: { position: 'ASC' },
      skip: job.processed,
      take: BATCH,
    });
    const organizations = await OrganizationIndex.load(this.ds.manager);
    for (const item of items) {
      try {
        if (applying) await this.applyItem(job, item, organizations, actor);
        else await this.planAndSave(item, organizations);
      } catch (error) {
        await this.refuse(item, error);
      }
    }
    await this.ds.query(
      `UPDATE import_job SET processed = processed + $2, counts = $3, version = version + 1, updated_at = now(),
       status = CASE WHEN processed + $2 >= total THEN $4::import_job_status ELSE status END,
       finished_at = CASE WHEN processed + $2 >= total THEN now() ELSE finished_at END,
       locked_until = CASE WHEN processed + $2 >= total THEN NULL ELSE locked_until END
       WHERE id = $1`,
      [
        jobId,
        items.length,
        await this.counts(jobId, job.processed + items.length),
        applying ? 'APPLIED' : 'PLANNED',
      ],
    );
    return job.processed + items.length < job.total;
  }

  private async counts(jobId: string, upTo: number) {
    const rows: { outcome: ImportOutcome; n: number }[] = await this.ds.query(
      'SELECT outcome, count(*)::int AS n FROM import_item WHERE job_id = $1 AND position < $2 AND outcome IS NOT NULL GROUP BY outcome',
      [jobId, upTo],
    );
    const counts = { ...EMPTY_COUNTS };
    for (const row of rows) counts[COUNT_OF[row.outcome]] = row.n;
    return counts;
  }

  private async planAndSave(item: ImportItem, organizations: OrganizationIndex): Promise<void> {
    const plan = await planItem(this.ds.manager, this.services, item, organizations);
    await this.saveItem(this.ds.manager, item, plan, null);
  }

  private saveItem(manager: EntityManager, item: ImportItem, plan: Plan, appliedAt: Date | null) {
    return manager.update(ImportItem, item.id, {
      outcome: plan.outcome,
      fields: plan.fields,
      keptFields: plan.keptFields,
      problems: plan.problems,
      recordId: plan.recordId,
      appliedAt,
    });
  }

  /** An item that failed unexpectedly is refused with the reason; the job goes on. */
  private async refuse(item: ImportItem, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    await this.ds.manager.update(ImportItem, item.id, {
      outcome: ImportOutcome.REFUSED,
      problems: [...item.draft.problems, { reason: 'writeFailed', message, severity: 'error' }],
    });
  }

  /** Plans the item again (the preview may be stale) and writes it, in one transaction. */
  private async applyItem(job: ImportJob, item: ImportItem, organizations: OrganizationIndex, actor: Actor) {
    await this.ds.transaction(async (manager) => {
      const plan = await planItem(manager, this.services, item, organizations);
      const target = TARGETS[item.draft.type];
      const service = target.service(this.services);
      const ids = await this.createOrganizations(manager, plan, organizations, actor);
      const values = target.values(item.draft, plan.resolved, ids);
      let recordId = plan.recordId;
      if (plan.outcome === ImportOutcome.CREATE) {
        const record = await service.create(
          { ...target.toInput(values), ...target.createOnly(job.publish) } as never,
          actor,
          manager,
        );
        recordId = record.id;
        const snapshot = await service.snapshot(manager, record);
        await this.remember(manager, item, job, recordId, values, snapshot, Object.keys(values), null);
      } else if (plan.outcome === ImportOutcome.UPDATE) {
        const record = await service.update(
          { id: recordId, version: plan.version, ...pick(target.toInput(values), plan.fields) } as never,
          actor,
          manager,
        );
        const snapshot = await service.snapshot(manager, record);
        await this.remember(manager, item, job, record.id, values, snapshot, plan.fields, plan.source);
      } else if (plan.outcome !== ImportOutcome.REFUSED && recordId) {
        // Nothing written; a kept editor's change is reported once, not at every re-import.
        const record = await manager.findOneByOrFail(target.recordType, { id: recordId });
        const snapshot = await service.snapshot(manager, record as never);
        await this.remember(manager, item, job, recordId, values, snapshot, [], plan.source);
      }
      await this.saveItem(manager, item, { ...plan, recordId }, new Date());
    });
  }

  /** Creates the organizations the item names and nothing matched; their ids by role. */
  private async createOrganizations(
    manager: EntityManager,
    plan: Plan,
    organizations: OrganizationIndex,
    actor: Actor,
  ): Promise<Partial<Record<OrganizationRole, string>>> {
    const ids: Partial<Record<OrganizationRole, string>> = {};
    for (const [role, value] of Object.entries(plan.resolved.organizations) as [
      OrganizationRole,
      string | OrganizationDraft,
    ][]) {
      if (typeof value === 'string') {
        ids[role] = value;
        continue;
      }
      // An earlier item of this batch may have made it already.
      const [made] = organizations.find(value);
      if (made) {
        ids[role] = made;
        continue;
      }
      // Its seat: the place the source gives it, when that is exactly one municipality.
      const seat = value.placeName ? placeCode(value.placeName, []) : null;
      const created = await this.services.organizations.create(
        organizationValues(value, seat ?? undefined) as never,
        actor,
        manager,
      );
      organizations.add(created.id, [value.name.bg, value.name.en]);
      ids[role] = created.id;
    }
    return ids;
  }

  /** What this import wrote, for the next one to compare with. */
  private async remember(
    manager: EntityManager,
    item: ImportItem,
    job: ImportJob,
    recordId: string,
    values: Record<string, unknown>,
    snapshot: Record<string, unknown>,
    written: string[],
    source: ImportSource | null,
  ): Promise<void> {
    if (!item.sourceKey) return;
    await manager.upsert(
      ImportSource,
      // TypeORM's deep-partial type cannot see into a jsonb of unknown values.
      {
        sourceKey: item.sourceKey,
        recordType: item.recordType,
        recordId,
        sourceValues: values,
        writtenValues: { ...(source?.writtenValues ?? {}), ...pick(snapshot, written) },
        jobId: job.id,
        importedAt: new Date(),
      } as never,
      ['sourceKey'],
    );
  }
}

/**
 * A warning about a whole file that was read (an unknown spreadsheet column) goes with each record
 * of that file, so the report shows it where the user looks.
 */
function withFileWarnings(parsed: ParsedSources): ParsedSources {
  for (const { origin, problems } of parsed.warnings ?? []) {
    for (const draft of parsed.drafts) {
      if (draft.origin === origin || draft.origin.startsWith(`${origin}:`)) draft.problems.push(...problems);
    }
  }
  return parsed;
}
