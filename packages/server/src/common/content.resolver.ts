import { IsOptional, IsString, MaxLength } from 'class-validator';
import {
  Arg,
  ArgsType,
  type ClassType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../app/context';
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
  findById(id: string): Promise<E | null>;
  findBySlug(slug: string): Promise<E | null>;
}

/** `practice(id: …)` or `practice(slug: …)`: exactly one, and NOT_FOUND when nothing matches. */
export async function lookup<E>(
  typeName: string,
  service: SlugLookup<E>,
  args: LookupArgs,
  visible: (record: E) => boolean = () => true,
): Promise<E> {
  if ((args.id == null) === (args.slug == null))
    throw fieldError('id', 'Give either id or slug', Reason.exactlyOne, { fields: 'id, slug' });
  const record = args.id != null ? await service.findById(args.id) : await service.findBySlug(args.slug!);
  // An unpublished record does not exist for those who may not see it.
  if (!record || !visible(record)) throw notFound(typeName, args.id ?? args.slug!);
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

/** Arguments of every `delete…` mutation: the id, and optionally the version last read. */
export const IdArg = () => Arg('id', () => ID);
export const VersionArg = () =>
  Arg('version', () => Int, { nullable: true, description: 'When given, a stale version is refused.' });
