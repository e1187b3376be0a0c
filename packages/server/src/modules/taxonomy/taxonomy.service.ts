import DataLoader from 'dataloader';
import { type RevisionService, toJson, translationOf } from '../revision';
import type { DataSource, EntityManager } from 'typeorm';
import type { ClassType } from 'type-graphql';
import { CrudService, type UpdateInputBase } from '../../common/crud.service';
import { badInput, type FieldError, fieldError, Reason, unknownReference } from '../../common/errors';
import { whereSearch } from '../../common/filters';
import type { Reader } from '../../common/loaders';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import type { Actor } from '../../common/principal';
import { RevisionAction } from '../../common/revision-action';
import { uniqueSlug } from '../../common/slugs';
import { assignTexts } from '../../common/texts';
import { inTransaction } from '../../common/transaction';
import { TAG_FIELD, type TaggedType, type TagKind } from './tagged-types';
import type { TaxonomyTerm } from './taxonomy.entity';
import type { MergeTermsInput, TaxonomyArgs, TermInput } from './taxonomy.inputs';

/** Which taxonomy the service keeps, and the types tagged with it (known once services are composed). */
export interface TaxonomyOptions {
  kind: TagKind;
  tagged(): readonly TaggedType[];
}

/** Records per tagged type name ('Practice', 'Project') that carry a term. */
export type UsageCounts = Record<string, number>;

export class TaxonomyService<T extends TaxonomyTerm> extends CrudService<
  T,
  TermInput,
  TermInput & UpdateInputBase
> {
  constructor(
    ds: DataSource,
    revisions: RevisionService,
    protected readonly entity: ClassType<T>,
    private readonly options: TaxonomyOptions,
  ) {
    super(ds, revisions);
  }

  protected async assign(manager: EntityManager, record: T, input: TermInput, isNew: boolean): Promise<void> {
    assignTexts(record, input, ['label']);
    if (isNew) record.position = await this.nextPosition(manager);
    if (input.slug) {
      const slug = await uniqueSlug(manager, this.entity, input.slug, record.id);
      if (slug !== input.slug)
        throw fieldError('slug', `Slug ${input.slug} is taken`, Reason.taken, { value: input.slug });
      record.slug = slug;
    } else if (isNew) {
      record.slug = await uniqueSlug(manager, this.entity, record.label.bg);
    }
  }

  /**
   * Everything the term's update input holds, so restoring a revision is lossless, and its
   * place in the order, so the history shows a reorder (the order itself is set by reorder only).
   */
  override async snapshot(_manager: EntityManager, record: T): Promise<Record<string, unknown>> {
    return toJson({
      label: record.label,
      slug: record.slug,
      position: record.position,
      ...translationOf(record),
    });
  }

  /** A new term goes to the end of the editors' order. */
  private async nextPosition(manager: EntityManager): Promise<number> {
    const { max } = (await manager
      .createQueryBuilder(this.entity, 't')
      .withDeleted()
      .select('COALESCE(MAX(t.position), 0)::int', 'max')
      .getRawOne<{ max: number }>())!;
    return max + 1;
  }

  /**
   * Ids for the given slugs; an unknown slug is a field error on `field`, or on every field
   * path `field(slug)` names (the items of a list that use it).
   */
  async idsForSlugs(
    manager: EntityManager,
    slugs: string[] | null | undefined,
    field: string | ((slug: string) => string[]),
  ): Promise<string[]> {
    if (!slugs?.length) return [];
    const rows = await manager
      .createQueryBuilder(this.entity, 't')
      .select(['t.id', 't.slug'])
      .where('t.slug IN (:...slugs)', { slugs })
      .getMany();
    const bySlug = new Map(rows.map((row) => [row.slug, row.id]));
    const missing = slugs.filter((slug) => !bySlug.has(slug));
    if (missing.length) {
      throw badInput(
        missing.flatMap((slug) =>
          (typeof field === 'string' ? [field] : field(slug)).map((path) =>
            unknownReference(path, this.typeName, slug),
          ),
        ),
      );
    }
    return slugs.map((slug) => bySlug.get(slug)!);
  }

  list(args: TaxonomyArgs) {
    const query = this.ds.getRepository(this.entity).createQueryBuilder('term');
    whereSearch(query, args.filter?.search, ['label'], ['slug']);
    return paginate(query, { expression: ORDER, sqlType: 'text', direction: SortDirection.ASC }, args);
  }

  /**
   * Sets the editors' order: `ids` must name every term not in the trash, each once. Each term
   * whose place changes gets a new version and revision (so caches and webhooks follow).
   */
  reorder(ids: readonly string[], actor: Actor): Promise<T[]> {
    return inTransaction(this.ds, undefined, async (manager) => {
      const terms = await manager.find(this.entity, { lock: { mode: 'pessimistic_write' } });
      const byId = new Map(terms.map((term) => [term.id, term]));
      this.checkOrder(ids, byId);
      for (const [index, id] of ids.entries()) {
        const term = byId.get(id)!;
        if (term.position === index + 1) continue;
        term.position = index + 1;
        const saved = await manager.save(term);
        await this.recordChange(manager, saved, RevisionAction.UPDATE, actor, null);
      }
      return ids.map((id) => byId.get(id)!);
    });
  }

  private checkOrder(ids: readonly string[], terms: ReadonlyMap<string, T>): void {
    const errors: FieldError[] = [];
    const seen = new Set<string>();
    for (const id of ids) {
      if (!terms.has(id)) errors.push(unknownReference('ids', this.typeName, id));
      else if (seen.has(id))
        errors.push({
          field: 'ids',
          message: `${id} is listed twice`,
          reason: Reason.duplicate,
          args: { id },
        });
      seen.add(id);
    }
    for (const id of terms.keys()) {
      if (!seen.has(id))
        errors.push({
          field: 'ids',
          message: `${id} is missing from the order`,
          reason: Reason.invalid,
          args: { id },
        });
    }
    if (errors.length) throw badInput(errors, 'The order must list every term once');
  }

  /** Live practices and projects (any status) per term: one statement per page of terms and request. */
  usage(reader: Reader, termId: string): Promise<UsageCounts> {
    return reader.loaders
      .get(`usage:${this.typeName}`, () => new DataLoader<string, UsageCounts>((ids) => this.countUsage(ids)))
      .load(termId);
  }

  private async countUsage(termIds: readonly string[]): Promise<UsageCounts[]> {
    const parts = this.options.tagged().map((type) => {
      const meta = this.ds.getMetadata(type.entity);
      const j = type.tags[this.options.kind];
      return (
        `SELECT '${type.typeName}' AS type, j.${j.valueColumn}::text AS term, count(*)::int AS n ` +
        `FROM ${j.table} j JOIN "${meta.tableName}" o ON o.id = j.${j.ownerColumn} ` +
        `WHERE o.${meta.deleteDateColumn!.databaseName} IS NULL AND j.${j.valueColumn} = ANY($1::uuid[]) ` +
        `GROUP BY j.${j.valueColumn}`
      );
    });
    const counts = new Map<string, UsageCounts>(termIds.map((id) => [id, {}]));
    if (!parts.length) return termIds.map((id) => counts.get(id)!);
    const rows: { type: string; term: string; n: number }[] = await this.ds.query(parts.join(' UNION ALL '), [
      [...termIds],
    ]);
    for (const row of rows) counts.get(row.term)![row.type] = Number(row.n);
    return termIds.map((id) => counts.get(id)!);
  }

  /**
   * Moves every practice and project tagged with the source to the target (a record with both
   * keeps one), then puts the source in the trash, in one transaction. Live records are retagged
   * through their own service, so each gets a revision, an audit entry, a fresh search document
   * and its cached answers dropped; records in the trash get the target in place of the source,
   * so restoring one brings the target back with it. Restoring the source gives an empty term.
   */
  merge({ sourceId, targetId }: MergeTermsInput, actor: Actor): Promise<T> {
    if (sourceId === targetId)
      throw fieldError('targetId', 'A term cannot be merged into itself', Reason.differentRecords);
    return inTransaction(this.ds, undefined, async (manager) => {
      const source = await this.lockCurrent(manager, sourceId);
      const target = await this.lockCurrent(manager, targetId);
      for (const type of this.options.tagged()) await this.retag(manager, type, source, target, actor);
      await this.delete(source.id, source.version, actor, manager);
      return target;
    });
  }

  private async retag(manager: EntityManager, type: TaggedType, source: T, target: T, actor: Actor) {
    const owner = manager.connection.getMetadata(type.entity);
    const term = manager.connection.getMetadata(this.entity);
    const j = type.tags[this.options.kind];
    const live = (meta: typeof owner, alias: string) =>
      `${alias}.${meta.deleteDateColumn!.databaseName} IS NULL`;
    const rows: { id: string; version: number; slugs: string[] }[] = await manager.query(
      `SELECT o.id, o.${owner.versionColumn!.databaseName} AS version, ARRAY(SELECT t.slug FROM ${j.table} k ` +
        `JOIN "${term.tableName}" t ON t.id = k.${j.valueColumn} WHERE k.${j.ownerColumn} = o.id AND ${live(term, 't')}) AS slugs ` +
        `FROM "${owner.tableName}" o WHERE ${live(owner, 'o')} AND EXISTS (SELECT 1 FROM ${j.table} k ` +
        `WHERE k.${j.ownerColumn} = o.id AND k.${j.valueColumn} = $1) ORDER BY o.id`,
      [source.id],
    );
    for (const row of rows) {
      const slugs = [...new Set(row.slugs.map((slug) => (slug === source.slug ? target.slug : slug)))];
      const input = { id: row.id, version: Number(row.version), [TAG_FIELD[this.options.kind]]: slugs };
      await type.target.update(input, actor, manager);
    }
    // What is left are records in the trash: their links move without a revision, as they went in.
    await manager.query(
      `INSERT INTO ${j.table} (${j.ownerColumn}, ${j.valueColumn}) SELECT ${j.ownerColumn}, $2 FROM ${j.table} ` +
        `WHERE ${j.valueColumn} = $1 ON CONFLICT DO NOTHING`,
      [source.id, target.id],
    );
    await manager.query(`DELETE FROM ${j.table} WHERE ${j.valueColumn} = $1`, [source.id]);
  }
}

/** The editors' order, then the Bulgarian label: one text key, so a cursor keeps both. */
const ORDER = "lpad(term.position::text, 10, '0') || ' ' || (term.label->>'bg')";
