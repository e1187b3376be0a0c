import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../../common/base.entity';
import { Practice } from '../practice';

export enum NominationStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  SPAM = 'SPAM',
}
registerEnumType(NominationStatus, { name: 'NominationStatus' });

/** A public endorsement of a practice (Номинирай); only approved ones are counted. */
@ObjectType()
@Entity()
@Index(['practiceId', 'status'])
export class Nomination extends RecordEntity {
  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice)
  @JoinColumn({ name: 'practice_id' })
  practice?: Practice;

  @Field()
  @Column()
  nominatorName: string;

  /** Personal data: readable by moderators and admins only. */
  @Column()
  nominatorEmail: string;

  /** The mailbox's identity (email-identity.ts): the same person however the address is spelled. */
  @Index()
  @Column({ type: 'varchar', nullable: true })
  emailNormalized: string | null;

  /** Keyed hash of the sender's address, for rate limits and spam blocking. */
  @Index()
  @Column({ type: 'varchar', nullable: true })
  senderHash: string | null;

  @Field({ description: 'The same person already nominated this practice.' })
  @Column({ default: false })
  duplicate: boolean;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', nullable: true })
  nominatorOrganization: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => NominationStatus)
  @Column({
    type: 'enum',
    enum: NominationStatus,
    enumName: 'nomination_status',
    default: NominationStatus.PENDING,
  })
  status: NominationStatus;

  @Field(() => ID, {
    nullable: true,
    description: 'The moderator who decided (a user, once accounts exist).',
  })
  @Column({ type: 'uuid', nullable: true })
  moderatorId: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  @Column({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  moderationNote: string | null;
}
