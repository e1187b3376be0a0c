import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ObjectType } from 'type-graphql';
import { Column, Index } from 'typeorm';
import { ContentEntity } from '../../common/base.entity';
import { PeriodPrecision } from '../../common/period';
import { ContentStatus } from '../../common/status';

/** Content that goes through the editorial workflow and is seen by the public once published. */
@ObjectType()
export abstract class PublishableEntity extends ContentEntity {
  @Field(() => ContentStatus)
  @Index()
  @Column({ type: 'enum', enum: ContentStatus, enumName: 'content_status', default: ContentStatus.DRAFT })
  status: ContentStatus;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'Дата на публикация: first published.' })
  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When the scheduler will publish it.' })
  @Index()
  @Column({ type: 'timestamptz', nullable: true })
  publishAt: Date | null;
}

/** Practices and projects: placed in municipalities, tagged, measured, and running for a period. */
@ObjectType()
export abstract class TaggedContentEntity extends PublishableEntity {
  @Column({ type: 'date', nullable: true })
  periodFrom: string | null;

  @Column({ type: 'date', nullable: true })
  periodTo: string | null;

  @Column({ type: 'enum', enum: PeriodPrecision, enumName: 'period_precision', default: PeriodPrecision.DAY })
  periodPrecision: PeriodPrecision;
}
