import { ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { PublishableEntity } from '../../common/base.entity';
import { PeriodPrecision } from '../../common/period';

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
