import { LocalDateScalar } from './scalars';
import { IsEnum, IsOptional } from 'class-validator';

import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { fieldError, Reason } from './errors';

export enum PeriodPrecision {
  DAY = 'DAY',
  MONTH = 'MONTH',
  YEAR = 'YEAR',
}
registerEnumType(PeriodPrecision, {
  name: 'PeriodPrecision',
  description: 'How exactly the source gave the dates: "юли 2013 – декември 2015" is MONTH.',
});

@ObjectType({ description: 'When something ran; either end may be unknown.' })
export class Period {
  @Field(() => LocalDateScalar, { nullable: true })
  from: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  to: string | null;

  @Field(() => PeriodPrecision)
  precision: PeriodPrecision;
}

@InputType()
export class PeriodInput {
  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  from?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @IsOptional()
  to?: string | null;

  @Field(() => PeriodPrecision, { defaultValue: PeriodPrecision.DAY })
  @IsEnum(PeriodPrecision)
  precision: PeriodPrecision;
}

export interface PeriodColumns {
  periodFrom: string | null;
  periodTo: string | null;
  periodPrecision: PeriodPrecision;
}

export function assignPeriod(
  record: PeriodColumns,
  input: PeriodInput | null | undefined,
  field = 'period',
): void {
  if (input === undefined) return;
  const from = input?.from ?? null;
  const to = input?.to ?? null;
  if (from && to && from > to)
    throw fieldError(`${field}.to`, 'The period cannot end before it starts', Reason.periodOrder);
  record.periodFrom = from;
  record.periodTo = to;
  record.periodPrecision = input?.precision ?? PeriodPrecision.DAY;
}

export function periodOf(record: PeriodColumns): Period | null {
  if (!record.periodFrom && !record.periodTo) return null;
  return { from: record.periodFrom, to: record.periodTo, precision: record.periodPrecision };
}
