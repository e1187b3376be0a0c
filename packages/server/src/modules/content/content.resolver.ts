import { type ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../common/context';
import type { ContentEntity } from '../../common/base.entity';
import { ContentResolver } from '../../common/content.resolver';
import { childRecords, relatedRecords } from '../../common/loaders';
import { childList, prefetchedOr, registerPrefetch, relatedList } from '../../common/prefetch';
import { Period, periodOf, type PeriodColumns } from '../../common/period';
import { Municipality } from '../geography';
import { Indicator } from '../indicator';
import { ServiceType, TargetGroup, Theme } from '../taxonomy';

type Tagged = ContentEntity & PeriodColumns;

const TERM_RELATIONS = ['themes', 'targetGroups', 'serviceTypes'] as const;
/** A record's terms in the editors' order of each taxonomy. */
const TERM_ORDER = (t: string) => `${t}.position, ${t}.label->>'bg'`;

/**
 * Field resolvers practices and projects share. Their lists come in the statement that read
 * the records when it prefetched them (lists and lookups do), else one statement per field.
 */
export function TaggedContentResolver<E extends Tagged>(
  type: ClassType<E>,
  indicatorKey: 'practiceId' | 'projectId',
) {
  registerPrefetch(
    type,
    'municipalities',
    relatedList(type, 'municipalities', (t) => `${t}.code`),
  );
  for (const relation of TERM_RELATIONS)
    registerPrefetch(type, relation, relatedList(type, relation, TERM_ORDER));
  registerPrefetch(
    type,
    'indicators',
    childList(Indicator, indicatorKey, (t) => `${t}.position`),
  );

  @Resolver(() => type)
  abstract class BaseTaggedResolver extends ContentResolver(type) {
    @FieldResolver(() => Period, { nullable: true })
    period(@Root() record: E): Period | null {
      return periodOf(record);
    }

    @FieldResolver(() => [Municipality], { description: 'Where it runs.' })
    municipalities(@Root() record: E, @Ctx() ctx: Context) {
      return prefetchedOr(record, 'municipalities', () =>
        relatedRecords<Municipality>(ctx, type, 'municipalities', 't.code').load(record.id),
      );
    }

    @FieldResolver(() => [Theme])
    themes(@Root() record: E, @Ctx() ctx: Context) {
      return prefetchedOr(record, 'themes', () =>
        relatedRecords<Theme>(ctx, type, 'themes', TERM_ORDER('t')).load(record.id),
      );
    }

    @FieldResolver(() => [TargetGroup])
    targetGroups(@Root() record: E, @Ctx() ctx: Context) {
      return prefetchedOr(record, 'targetGroups', () =>
        relatedRecords<TargetGroup>(ctx, type, 'targetGroups', TERM_ORDER('t')).load(record.id),
      );
    }

    @FieldResolver(() => [ServiceType], { description: 'Kinds of social service it provides.' })
    serviceTypes(@Root() record: E, @Ctx() ctx: Context) {
      return prefetchedOr(record, 'serviceTypes', () =>
        relatedRecords<ServiceType>(ctx, type, 'serviceTypes', TERM_ORDER('t')).load(record.id),
      );
    }

    @FieldResolver(() => [Indicator], { description: 'Outcome figures, in the order given.' })
    indicators(@Root() record: E, @Ctx() ctx: Context) {
      return prefetchedOr(record, 'indicators', () =>
        childRecords(ctx, Indicator, indicatorKey, { position: 'ASC' }).load(record.id),
      );
    }
  }
  return BaseTaggedResolver;
}
