import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Info,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { IdArg } from '../../common/args';
import type { Context } from '../../common/context';
import { childRecords } from '../../common/loaders';
import { Connection, ConnectionArgs, withSelection } from '../../common/pagination/connection';
import { WebhookAttempt, WebhookDelivery, Webhook } from './webhook.entity';
import { CreateWebhookInput, UpdateWebhookInput, WebhookDeliveriesArgs } from './webhook.inputs';

@ObjectType()
export class WebhookConnection extends Connection(Webhook) {}

@ObjectType()
export class WebhookDeliveryConnection extends Connection(WebhookDelivery) {}

@ObjectType({ description: 'A webhook with its signing secret: only answered by create and rotate.' })
export class WebhookWithSecret {
  @Field(() => Webhook)
  webhook: Webhook;

  @Field({ description: 'whsec_…: verify deliveries with it (Standard Webhooks). Not shown again.' })
  secret: string;
}

/** Admins manage partner sites' webhooks (partner tokens are read-only). */
@Resolver(() => Webhook)
export class WebhookResolver {
  @Query(() => WebhookConnection)
  webhooks(@Args() args: ConnectionArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return ctx.services.webhooks.list(withSelection(args, info));
  }

  @Query(() => [String], { description: 'Event types a webhook may subscribe to.' })
  webhookEventTypes(@Ctx() ctx: Context) {
    return ctx.services.webhooks.eventTypes;
  }

  @Query(() => WebhookDeliveryConnection, { description: "A webhook's deliveries, newest first." })
  webhookDeliveries(
    @Args() args: WebhookDeliveriesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return ctx.services.webhooks.deliveries(withSelection(args, info));
  }

  @Mutation(() => WebhookWithSecret)
  createWebhook(@Arg('input') input: CreateWebhookInput, @Ctx() ctx: Context) {
    return ctx.services.webhooks.create(input, ctx.actor);
  }

  @Mutation(() => Webhook)
  updateWebhook(@Arg('input') input: UpdateWebhookInput, @Ctx() ctx: Context) {
    return ctx.services.webhooks.update(input, ctx.actor);
  }

  @Mutation(() => Webhook, { description: 'Deletes the webhook: nothing more is sent to it.' })
  deleteWebhook(@IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.webhooks.delete(id, ctx.actor);
  }

  @Mutation(() => WebhookDelivery, { description: 'Sends a delivery again, with the same webhook-id.' })
  redeliverWebhook(@Arg('deliveryId', () => ID) deliveryId: string, @Ctx() ctx: Context) {
    return ctx.services.webhooks.redeliver(deliveryId, ctx.actor);
  }

  @Mutation(() => WebhookWithSecret, {
    description: 'A new secret; deliveries are signed with the old one too for 24 hours.',
  })
  rotateWebhookSecret(@IdArg() id: string, @Ctx() ctx: Context) {
    return ctx.services.webhooks.rotateSecret(id, ctx.actor);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => [WebhookAttempt], { description: 'Every attempt, first first.' })
  attempts(@Root() delivery: WebhookDelivery, @Ctx() ctx: Context) {
    return childRecords(ctx, WebhookAttempt, 'deliveryId', { attempt: 'ASC' }).load(delivery.id);
  }
}
