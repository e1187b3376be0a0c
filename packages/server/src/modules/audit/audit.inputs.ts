import { IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../common/pagination/connection';
import { AuditEntry } from './audit.entity';

@InputType({ description: 'Every condition given must hold.' })
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'e.g. Practice, Volunteer, User, ApiToken.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'entityId must be an id' })
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The user (or partner token) who acted.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be an id' })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. practice.update, volunteer.erase.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  action?: string | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'At or after this moment.' })
  @IsOptional()
  from?: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Before this moment.' })
  @IsOptional()
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends ConnectionArgs {
  @Field(() => AuditFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  filter?: AuditFilter | null;
}

@ObjectType()
export class AuditEntryConnection extends Connection(AuditEntry) {}

@ObjectType({ description: 'What the audit log holds, for its filters: each value once, sorted.' })
export class AuditLogChoices {
  @Field(() => [String], { description: 'e.g. Practice, User, ApiToken.' })
  entityTypes: string[];

  @Field(() => [String], { description: 'e.g. practice.update, token.revoke.' })
  actions: string[];
}
