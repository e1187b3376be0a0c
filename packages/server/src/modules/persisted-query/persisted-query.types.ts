import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A document registered as trusted: clients send its hash instead of its text.' })
export class PersistedDocument {
  @Field({ description: 'SHA-256 of the text, in hex: the `sha256Hash` of the persistedQuery extension.' })
  sha256Hash: string;

  @Field(() => [String], { description: 'The names of its operations.' })
  operationNames: string[];
}
