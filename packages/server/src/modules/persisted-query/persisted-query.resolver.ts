import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, Info, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../common/context';
import { checkDocuments, operationNames } from './persisted-query.documents';
import { PersistedDocument } from './persisted-query.types';

@Resolver()
export class PersistedQueryResolver {
  @Query(() => PersistedDocument, {
    nullable: true,
    description: "A trusted document by its hash, or null: whether a partner's operation is registered.",
  })
  async persistedDocument(
    @Arg('sha256Hash') sha256Hash: string,
    @Ctx() ctx: Context,
  ): Promise<PersistedDocument | null> {
    const text = await ctx.services.persistedQueries.trustedText(sha256Hash);
    return text === null ? null : { sha256Hash, operationNames: operationNames(text) };
  }

  @Mutation(() => [PersistedDocument], {
    description:
      "Registers a partner's (or the admin's) operations as trusted: with OBMEN_TRUSTED_DOCUMENTS the public " +
      'and partner tokens may run only these, by hash. Each must be valid against the schema.',
  })
  async registerPersistedQueries(
    @Arg('documents', () => [String]) documents: string[],
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<PersistedDocument[]> {
    const names = checkDocuments(info.schema, documents);
    const hashes = await ctx.services.persistedQueries.trust(documents);
    return hashes.map((sha256Hash, index) => ({ sha256Hash, operationNames: names[index] }));
  }
}
