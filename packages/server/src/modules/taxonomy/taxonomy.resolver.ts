import { withSelection } from '../../common/pagination/connection';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, type ClassType, Ctx, Mutation, ObjectType, Query, Resolver, Info } from 'type-graphql';
import type { Context } from '../../common/context';
import { IdArg, VersionArg } from '../../common/args';
import { ContentResolver } from '../../common/content.resolver';
import { Connection } from '../../common/pagination/connection';
import { TargetGroup, type TaxonomyTerm, Theme } from './taxonomy.entity';
import { TaxonomyArgs, termInputs } from './taxonomy.inputs';
import type { TaxonomyService } from './taxonomy.service';

/** Themes and target groups share one shape: `themes`, `createTheme`, `updateTheme`, `deleteTheme`, … */
function taxonomyResolver<T extends TaxonomyTerm>(
  Term: ClassType<T>,
  names: { one: string; many: string; description: string },
  service: (ctx: Context) => TaxonomyService<T>,
) {
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
  }
  return TermResolver;
}

export const ThemeResolver = taxonomyResolver(
  Theme,
  { one: 'Theme', many: 'themes', description: 'Themes, ordered by Bulgarian label.' },
  (ctx) => ctx.services.themes,
);

export const TargetGroupResolver = taxonomyResolver(
  TargetGroup,
  { one: 'TargetGroup', many: 'targetGroups', description: 'Target groups, ordered by Bulgarian label.' },
  (ctx) => ctx.services.targetGroups,
);
