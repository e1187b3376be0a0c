import {
  Column,
  CreateDateColumn,
  DeleteDateColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { TranslationStamps } from './localized';

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
