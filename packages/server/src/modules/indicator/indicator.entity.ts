import { Field, ID, ObjectType } from 'type-graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { LocalizedField, type LocalizedText } from '../../common/localized';
import { DecimalScalar } from '../../common/scalars';
// Types only: practice and project build on content, which builds on indicators, so the
// relations name their targets instead of importing them at runtime.
import type { Practice } from '../practice';
import type { Project } from '../project';
import { TargetGroup } from '../taxonomy';

/** An outcome figure of a practice or project: "обслужени потребители: 124". */
@ObjectType()
@Entity()
@Check('"practice_id" IS NOT NULL OR "project_id" IS NOT NULL')
export class Indicator {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  practiceId: string | null;

  @ManyToOne('Practice', { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: Relation<Practice>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  projectId: string | null;

  @ManyToOne('Project', { nullable: true, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id' })
  project?: Relation<Project>;

  @Column({ type: 'int' })
  position: number;

  @LocalizedField()
  @Column({ type: 'jsonb' })
  label: LocalizedText;

  @Field(() => DecimalScalar)
  @Column({ type: 'numeric', precision: 14, scale: 2 })
  value: string;

  @LocalizedField()
  @Column({ type: 'jsonb' })
  unit: LocalizedText;

  @Field(() => String, { nullable: true, description: 'When it was measured, as the source says it.' })
  @Column({ type: 'varchar', nullable: true })
  period: string | null;

  @Column({ type: 'uuid', nullable: true })
  targetGroupId: string | null;

  @ManyToOne(() => TargetGroup, { nullable: true, onDelete: 'SET NULL' })
  @JoinColumn({ name: 'target_group_id' })
  targetGroup?: TargetGroup;
}
