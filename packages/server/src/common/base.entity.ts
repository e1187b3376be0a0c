import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { TranslationStamps } from './localized';
import { ContentStatus } from './status';

@ObjectType()
export abstract class RecordEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLDateTime)
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Send it back in update inputs: a stale version is refused.' })
  @VersionColumn()
  version: number;

  @DeleteDateColumn({ type: 'timestamptz', nullable: true })
  deletedAt: Date | null;
}

/** Records with Bulgarian/English texts remember when each language last changed. */
@ObjectType()
export abstract class ContentEntity extends RecordEntity implements TranslationStamps {
  @Column({ type: 'timestamptz', default: () => 'now()' })
  bgRevisedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  enRevisedAt: Date | null;
}

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
