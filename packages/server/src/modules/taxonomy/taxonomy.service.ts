import { type RevisionService, toJson, translationOf } from '../revision';
import type { DataSource, EntityManager } from 'typeorm';
import type { ClassType } from 'type-graphql';
import { CrudService, type UpdateInputBase } from '../../common/crud.service';
import { badInput, fieldError, Reason, unknownReference } from '../../common/errors';
import { whereSearch } from '../../common/filters';
import { SortDirection } from '../../common/pagination/connection';
import { paginate } from '../../common/pagination/paginate';
import { uniqueSlug } from '../../common/slugs';
import { assignTexts } from '../../common/texts';
import type { TaxonomyTerm } from './taxonomy.entity';
import type { TaxonomyArgs, TermInput } from './taxonomy.inputs';

export class TaxonomyService<T extends TaxonomyTerm> extends CrudService<
  T,
  TermInput,
  TermInput & UpdateInputBase
> {
  constructor(
    ds: DataSource,
    revisions: RevisionService,
    protected readonly entity: ClassType<T>,
  ) {
    super(ds, revisions);
  }

  protected async assign(manager: EntityManager, record: T, input: TermInput, isNew: boolean): Promise<void> {
    assignTexts(record, input, ['label']);
    if (input.slug) {
      const slug = await uniqueSlug(manager, this.entity, input.slug, record.id);
      if (slug !== input.slug)
        throw fieldError('slug', `Slug ${input.slug} is taken`, Reason.taken, { value: input.slug });
      record.slug = slug;
    } else if (isNew) {
      record.slug = await uniqueSlug(manager, this.entity, record.label.bg);
    }
  }

  /** Everything the term's update input holds, so restoring a revision is lossless. */
  override async snapshot(_manager: EntityManager, record: T): Promise<Record<string, unknown>> {
    return toJson({ label: record.label, slug: record.slug, ...translationOf(record) });
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
    return paginate(
      query,
      { expression: "term.label->>'bg'", sqlType: 'text', direction: SortDirection.ASC },
      args,
    );
  }
}
