import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One row per change of content, volunteers, moderation, tokens and users; same transaction. */
@ObjectType()
@Entity()
@Index(['entityType', 'entityId'])
export class AuditEntry {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => GraphQLDateTime)
  @Index()
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The user; null for the public or the scheduler.' })
  @Index()
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Field({ description: 'user, public, partner or system.' })
  @Column()
  actorKind: string;

  @Field({ description: 'e.g. practice.update, nomination.approve, token.revoke.' })
  @Index()
  @Column()
  action: string;

  @Field()
  @Column()
  entityType: string;

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  entityId: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'What changed; never secrets.' })
  @Column({ type: 'jsonb', nullable: true })
  details: Record<string, unknown> | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  requestId: string | null;
}
