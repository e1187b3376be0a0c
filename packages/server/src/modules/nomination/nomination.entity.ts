import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { RecordEntity } from '../../common/base.entity';
import { Practice } from '../practice/practice.entity';

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

  /** Personal data: not a GraphQL field until access control decides who may read it. */
  @Column()
  nominatorEmail: string;

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
