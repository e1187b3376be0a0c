import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../common/pagination/connection';
import { ContentType } from './content-types';
import { Revision } from './revision.entity';

@ObjectType({ description: 'A deleted record waiting in the trash.' })
export class TrashItem {
  @Field(() => ContentType)
  entityType: ContentType;

  @Field(() => ID)
  id: string;

  @Field({ description: 'Title or name, in Bulgarian.' })
  title: string;

  @Field(() => Int)
  version: number;

  @Field(() => GraphQLDateTime)
  deletedAt: Date;
}

@ObjectType({ description: 'One field that differs between two revisions.' })
export class FieldChange {
  @Field({ description: 'A field of the update input, e.g. title, themes, indicators.' })
  field: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before: unknown;

  @Field(() => GraphQLJSON, { nullable: true })
  after: unknown;
}

@ObjectType()
export class RevisionDiff {
  @Field()
  entityType: string;

  @Field(() => ID)
  entityId: string;

  @Field(() => Revision)
  from: Revision;

  @Field(() => Revision)
  to: Revision;

  @Field(() => [FieldChange], { description: 'Only the fields that differ, by name.' })
  changes: FieldChange[];
}

@ObjectType()
export class RevisionConnection extends Connection(Revision) {}

@ObjectType()
export class TrashItemConnection extends Connection(TrashItem) {}

@ArgsType()
export class RevisionsArgs extends ConnectionArgs {
  @Field(() => ContentType)
  entityType: ContentType;

  @Field(() => ID)
  id: string;
}

@ArgsType()
export class TrashArgs extends ConnectionArgs {
  @Field(() => ContentType)
  entityType: ContentType;
}
