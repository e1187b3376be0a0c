import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LocalizedField, type LocalizedText } from '../../common/localized';
import { Municipality } from '../geography';
import { Practice } from './practice.entity';

/** A municipality where the practice was replicated, and when. */
@ObjectType()
@Entity()
export class PracticeAdoption {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ type: 'uuid' })
  practiceId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice?: Practice;

  @Column({ type: 'varchar', length: 5 })
  municipalityCode: string;

  @ManyToOne(() => Municipality)
  @JoinColumn({ name: 'municipality_code' })
  municipality?: Municipality;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @LocalizedField({ nullable: true })
  @Column({ type: 'jsonb', nullable: true })
  note: LocalizedText | null;
}
