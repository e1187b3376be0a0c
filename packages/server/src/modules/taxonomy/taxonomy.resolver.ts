import { withSelection } from '../../common/pagination/connection';
import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  type ClassType,
  Ctx,
  FieldResolver,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../common/context';
import { IdArg, VersionArg } from '../../common/args';
import { ContentResolver } from '../../common/content.resolver';
import { forbidden } from '../../common/errors';
import { Connection } from '../../common/pagination/connection';
import { seesUnpublished } from '../../common/principal';
import { ServiceType, TargetGroup, type TaxonomyTerm, TermUsage, Theme } from './taxonomy.entity';
import { MergeTermsInput, ReorderTermsArgs, TaxonomyArgs, termInputs } from './taxonomy.inputs';
import type { TaxonomyService } from './taxonomy.service';

/**
 * Themes, target groups and service types share one shape: `themes`, `createTheme`,
 * `updateTheme`, `deleteTheme`, `reorderThemes`, `mergeThemes`, and `usage` on each term.
 */
function taxonomyResolver<T extends TaxonomyTerm>(
  Term: ClassType<T>,
  one: string,
  many: string,
  words: string,
  service: (ctx: Context) => TaxonomyService<T>,
) {
  const Many = many[0].toUpperCase() + many.slice(1);
  const names = { one, many, Many, description: `${words}, in the editors' order, then by Bulgarian label.` };
  const { CreateTermInput, UpdateTermInput } = termInputs(names.one);

  @ObjectType(`${names.one}Connection`)
  class TermConnection extends Connection(Term) {}

  @Resolver(() => Term)
  class TermResolver extends ContentResolver(Term) {
    @Query(() => TermConnection, { name: names.many, description: names.description })
    list(@Args() args: TaxonomyArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
      return service(ctx).list(withSelection(args, info));
    }

    @Mutation(() => Term, { name: `create${names.one}` })
    create(
      @Arg('input', () => CreateTermInput) input: InstanceType<typeof CreateTermInput>,
      @Ctx() ctx: Context,
    ) {
      return service(ctx).create(input, ctx.actor);
    }

    @Mutation(() => Term, { name: `update${names.one}` })
    update(
      @Arg('input', () => UpdateTermInput) input: InstanceType<typeof UpdateTermInput>,
      @Ctx() ctx: Context,
    ) {
      return service(ctx).update(input, ctx.actor);
    }

    @Mutation(() => Term, { name: `delete${names.one}`, description: 'Moves the term to the trash.' })
    remove(@IdArg() id: string, @VersionArg() version: number | null, @Ctx() ctx: Context) {
      return service(ctx).delete(id, version, ctx.actor);
    }

    @Mutation(() => [Term], {
      name: `reorder${names.Many}`,
      description: 'Sets the order: every term not in the trash, each once. Returns them in that order.',
    })
    reorder(@Args() { ids }: ReorderTermsArgs, @Ctx() ctx: Context) {
      return service(ctx).reorder(ids, ctx.actor);
    }

    @Mutation(() => Term, {
      name: `merge${names.Many}`,
      description: "Moves the source's practices and projects to the target and the source to the trash.",
    })
    merge(@Arg('input', () => MergeTermsInput) input: MergeTermsInput, @Ctx() ctx: Context) {
      return service(ctx).merge(input, ctx.actor);
    }

    @FieldResolver(() => TermUsage, {
      nullable: true,
      description: 'Staff only (FORBIDDEN otherwise): counts include drafts, which the public does not see.',
    })
    async usage(@Root() term: T, @Ctx() ctx: Context): Promise<TermUsage> {
      if (!seesUnpublished(ctx.principal)) throw forbidden('Only staff see how often a term is used');
      const counts = await service(ctx).usage(ctx, term.id);
      return { practices: counts.Practice ?? 0, projects: counts.Project ?? 0 };
    }
  }
  return TermResolver;
}

export const ThemeResolver = taxonomyResolver(
  Theme,
  'Theme',
  'themes',
  'Themes',
  (ctx) => ctx.services.themes,
);

export const TargetGroupResolver = taxonomyResolver(
  TargetGroup,
  'TargetGroup',
  'targetGroups',
  'Target groups',
  (ctx) => ctx.services.targetGroups,
);

export const ServiceTypeResolver = taxonomyResolver(
  ServiceType,
  'ServiceType',
  'serviceTypes',
  'Service types',
  (ctx) => ctx.services.serviceTypes,
);
