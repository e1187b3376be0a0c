import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { IdArg } from '../../common/args';
import type { Context } from '../../common/context';
import { Connection, ConnectionArgs, withSelection } from '../../common/pagination/connection';
import { ImportItem, ImportJob } from './import.entity';
import { ApplyImportInput, ImportItemsArgs, StartImportInput } from './import.inputs';

@ObjectType()
export class ImportJobConnection extends Connection(ImportJob) {}

@ObjectType()
export class ImportItemConnection extends Connection(ImportItem) {}

@Resolver(() => ImportJob)
export class ImportResolver {
  @Query(() => ImportJob, { description: 'An import: its progress and, once planned, its report.' })
  importJob(@IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.imports.job(id);
  }

  @Query(() => ImportJobConnection, { description: 'Imports, newest first.' })
  importJobs(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.imports.list(withSelection(args, info));
  }

  @FieldResolver(() => ImportItemConnection, { description: 'Its items in file order.' })
  items(
    @Root() job: ImportJob,
    @Args() args: ImportItemsArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.imports.items(job.id, withSelection(args, info));
  }

  @Mutation(() => ImportJob, {
    description: 'Reads the files and plans the import (the preview); nothing is written yet.',
  })
  startImport(@Arg('input') input: StartImportInput, @Ctx() ctx: Context) {
    return ctx.services.imports.start(
      input.kind,
      input.files,
      { publish: input.publish, lang: input.lang ?? undefined },
      ctx.actor,
    );
  }

  @Mutation(() => ImportJob, { description: 'Writes a planned import, in the background.' })
  applyImport(@Arg('input') input: ApplyImportInput, @Ctx() ctx: Context) {
    return ctx.services.imports.apply(input.id, input.version);
  }

  @Mutation(() => ImportJob)
  cancelImport(@IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.imports.cancel(id);
  }
}
