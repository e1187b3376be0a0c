import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../common/pagination/connection';
import { SavedView } from './saved-view.entity';
import { MAX_NAME_LENGTH, MAX_QUERY_LENGTH } from './saved-view.rules';

@ArgsType()
export class SavedViewsArgs extends ConnectionArgs {
  @Field({ description: 'The list, e.g. practices: my views of it and those others share.' })
  @IsString()
  @MaxLength(40)
  list: string;
}

@ObjectType()
export class SavedViewConnection extends Connection(SavedView) {}

@InputType()
export class CreateSavedViewInput {
  @Field({ description: 'practices, projects, organizations, networks, programmes or volunteers.' })
  @IsString()
  @MaxLength(40)
  list: string;

  @Field({ description: '1–80 characters, unique among my views of the list.' })
  @IsString()
  @MaxLength(MAX_NAME_LENGTH)
  name: string;

  @Field({ description: "The list's query string; its page (after/before) is dropped." })
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  query: string;

  @Field(() => Boolean, { nullable: true, description: 'Show it to every staff member (default false).' })
  @IsOptional()
  shared?: boolean | null;
}

/** Only the owner changes a view; omitted fields keep their values. */
@InputType()
export class UpdateSavedViewInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_NAME_LENGTH)
  name?: string | null;

  @Field(() => String, { nullable: true, description: "The list's current query string." })
  @IsOptional()
  @IsString()
  @MaxLength(MAX_QUERY_LENGTH)
  query?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  shared?: boolean | null;
}
