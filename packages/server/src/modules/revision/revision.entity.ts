import { GraphQLDateTime, GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { RevisionAction } from '../../common/revision-action';

/**
 * A snapshot of a content record after one change: its fields and relations in the shape of
 * its update input, so restoring is an ordinary update.
 */
@ObjectType()
@Entity()
@Index(['entityType', 'entityId', 'createdAt'])
export class Revision {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column()
  entityType: string;

  @Field(() => ID)
  @Column({ type: 'uuid' })
  entityId: string;

  @Field(() => Int, { description: 'The record version this revision produced.' })
  @Column({ type: 'int' })
  version: number;

  @Field(() => RevisionAction)
  @Column({ type: 'enum', enum: RevisionAction, enumName: 'revision_action' })
  action: RevisionAction;

  @Field(() => GraphQLJSONObject)
  @Column({ type: 'jsonb' })
  snapshot: Record<string, unknown>;

  @Field(() => [String], { description: 'Top-level fields that differ from the previous revision.' })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  changedFields: string[];

  @Field(() => ID, { nullable: true })
  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  /** `user`, or who acted without an account: `system:<job>` (scheduler, demo-content…). */
  @Column({ type: 'varchar', default: 'user' })
  authorKind: string;

  @Field(() => GraphQLDateTime)
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
