import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { RecordEntity } from '../../common/base.entity';

/**
 * A partner site's endpoint for events. Its signing secret is kept encrypted with a key derived
 * from the server secret (webhook-secret.ts): HMAC signing needs the secret itself, not a hash.
 * A deleted one stays (soft delete) with its deliveries' history, inactive.
 */
@ObjectType()
@Entity()
export class Webhook extends RecordEntity {
  @Field()
  @Column('text')
  url: string;

  @Field(() => [String], { description: 'Event types delivered, e.g. practice.published.' })
  @Column('text', { array: true })
  events: string[];

  @Field(() => String, { nullable: true })
  @Column('text', { nullable: true })
  description: string | null;

  /** The partner it is for: an organization or a network (exactly one). */
  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  organizationId: string | null;

  @ManyToOne('Organization', { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: unknown;

  @Field(() => ID, { nullable: true })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  networkId: string | null;

  @ManyToOne('PartnerNetwork', { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'network_id' })
  network?: unknown;

  @Field({ description: 'False once the endpoint answered 410 Gone (or an admin disabled it).' })
  @Column({ default: true })
  active: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was disabled.' })
  @Column('text', { nullable: true })
  disabledReason: string | null;

  /** The current signing secret, encrypted. */
  @Column('text')
  secret: string;

  /** The secret before the last rotation, still signing until previousSecretExpiresAt. */
  @Column('text', { nullable: true })
  previousSecret: string | null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'Until then deliveries are also signed with the secret before the last rotation.',
  })
  @Column({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null;
}

export enum DeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(DeliveryStatus, { name: 'WebhookDeliveryStatus' });

/**
 * The outbox: one row per event and matching webhook, written in the transaction of the change
 * it tells of; the worker claims and sends it later. Its id is the `webhook-id` of every attempt.
 */
@ObjectType()
@Entity()
@Index('IDX_webhook_delivery_due', ['nextAttemptAt'], { where: "status = 'PENDING'" })
@Index(['webhookId', 'createdAt'])
export class WebhookDelivery {
  @Field(() => ID, { description: 'Sent as the webhook-id header on every attempt.' })
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column('uuid')
  webhookId: string;

  @ManyToOne(() => Webhook, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'webhook_id' })
  webhook?: Webhook;

  @Field({ description: 'The event type, e.g. practice.published.' })
  @Column('text')
  eventType: string;

  @Field({ description: 'The JSON body, exactly as signed and sent.' })
  @Column('text')
  body: string;

  @Field(() => DeliveryStatus)
  @Column({ type: 'varchar', length: 16, default: DeliveryStatus.PENDING })
  status: DeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  @Column({ type: 'int', default: 0 })
  attemptCount: number;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the next attempt is due.' })
  @Column({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null;

  /** A worker's claim: no other worker takes the row before this passes. */
  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** Which claim holds it, so a worker whose claim expired cannot record over another's. */
  @Column({ type: 'uuid', nullable: true })
  claim: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** One try at sending a delivery, as webhookDeliveries shows it. */
@ObjectType()
@Entity()
@Index(['deliveryId', 'attempt'], { unique: true })
export class WebhookAttempt {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column('uuid')
  deliveryId: string;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'delivery_id' })
  delivery?: WebhookDelivery;

  @Field(() => Int, { description: '1 for the first attempt.' })
  @Column('int')
  attempt: number;

  @Field(() => GraphQLDateTime)
  @Column({ type: 'timestamptz' })
  startedAt: Date;

  @Field(() => Int, { nullable: true, description: 'The HTTP status answered; null when none came.' })
  @Column({ type: 'int', nullable: true })
  statusCode: number | null;

  @Field(() => Int)
  @Column('int')
  durationMs: number;

  @Field(() => String, { nullable: true, description: 'What went wrong, shortened.' })
  @Column('text', { nullable: true })
  error: string | null;
}
