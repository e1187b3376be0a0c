import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, type ClassType, Ctx, Field, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from './context';
import type { GraphQLResolveInfo } from 'graphql';
import { PrefetchPlan, type PrefetchScope } from './prefetch';
import { ownSelection } from './selection';
import { isVisible } from './visibility';
import type { ContentEntity } from './base.entity';
import { fieldError, notFound, Reason } from './errors';
import { describeLocalization, Locale, Localization } from './localized';

@ArgsType()
export class LookupArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  id?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  slug?: string | null;

  @Field(() => Locale, { nullable: true, description: 'Language of texts (default bg).' })
  @IsOptional()
  locale?: Locale | null;
}

export interface SlugLookup<E> {
  findById(id: string, plan?: PrefetchPlan): Promise<E | null>;
  findBySlug(slug: string, plan?: PrefetchPlan): Promise<E | null>;
}

/**
 * `practice(id: …)` or `practice(slug: …)`: exactly one, and NOT_FOUND when nothing matches or
 * the asker may not see it (see common/visibility.ts).
 */
export async function lookup<E extends object>(
  type: ClassType<E>,
  service: SlugLookup<E>,
  args: LookupArgs,
  reader: PrefetchScope,
  info: GraphQLResolveInfo,
): Promise<E> {
  if ((args.id == null) === (args.slug == null))
    throw fieldError('id', 'Give either id or slug', Reason.exactlyOne, { fields: 'id, slug' });
  // The relations the query selects come in the record's own statement (common/prefetch.ts).
  const plan = PrefetchPlan.for(type, ownSelection(info), reader);
  const record =
    args.id != null ? await service.findById(args.id, plan) : await service.findBySlug(args.slug!, plan);
  // A record the asker may not see does not exist for them.
  if (!record || !isVisible(record, reader.principal)) throw notFound(type.name, args.id ?? args.slug!);
  return record;
}

/** Fields every bilingual record type shares. */
export function ContentResolver<E extends ContentEntity>(type: ClassType<E>) {
  @Resolver(() => type)
  abstract class BaseContentResolver {
    @FieldResolver(() => Localization, { description: 'Which language the texts were served in.' })
    localization(@Root() record: E, @Ctx() ctx: Context): Localization {
      return describeLocalization(record, ctx.locale());
    }
  }
  return BaseContentResolver;
}
