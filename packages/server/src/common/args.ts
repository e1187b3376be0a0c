import { Arg, ID, Int } from 'type-graphql';

/** The `id` argument of a lookup or a mutation on one record. */
export const IdArg = () => Arg('id', () => ID);

/** Arguments of every `delete…` mutation: optionally the version last read. */
export const VersionArg = () =>
  Arg('version', () => Int, { nullable: true, description: 'When given, a stale version is refused.' });
