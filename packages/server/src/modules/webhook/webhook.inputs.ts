import { ArrayMaxSize, ArrayMinSize, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionArgs } from '../../common/pagination/connection';

@InputType()
export class CreateWebhookInput {
  @Field({ description: 'Where events are POSTed; https to a public address in production.' })
  @IsString()
  @MaxLength(2000)
  url: string;

  @Field(() => [String], { description: 'Event types, e.g. practice.published (see webhookEventTypes).' })
  @ArrayMinSize(1, { message: 'events must name at least one event type' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  events: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @Field(() => ID, { nullable: true, description: 'The organization it is for (or networkId).' })
  @IsOptional()
  @IsUUID('all', { message: 'organizationId must be an id' })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The partner network it is for (or organizationId).' })
  @IsOptional()
  @IsUUID('all', { message: 'networkId must be an id' })
  networkId?: string | null;
}

/** Omitted fields keep their values; the owner does not change. */
@InputType()
export class UpdateWebhookInput {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  url?: string | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMinSize(1, { message: 'events must name at least one event type' })
  @ArrayMaxSize(50)
  @IsString({ each: true })
  events?: string[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true re-enables a webhook disabled by a 410 answer; its pending deliveries resume.',
  })
  @IsOptional()
  active?: boolean | null;
}

@ArgsType()
export class WebhookDeliveriesArgs extends ConnectionArgs {
  @Field(() => ID)
  webhookId: string;
}
