import Decimal from 'decimal.js';
import { IsEnum, Matches } from 'class-validator';
import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DecimalScalar } from './scalars';
import { BGN_PER_EUR as SHARED_BGN_PER_EUR } from '@obmen/shared';

export enum Currency {
  BGN = 'BGN',
  EUR = 'EUR',
}
registerEnumType(Currency, { name: 'Currency' });

/** Fixed by the Council of the EU for Bulgaria's euro changeover on 2026-01-01. */
export const BGN_PER_EUR = new Decimal(SHARED_BGN_PER_EUR);

const DECIMAL_PATTERN = /^-?\d{1,12}(\.\d{1,2})?$/;

export function isMoneyAmount(value: string): boolean {
  return DECIMAL_PATTERN.test(value);
}

/** EUR equivalent rounded half-up to the cent, as the changeover law requires. */
export function toEur(amount: string, currency: Currency): string {
  const value = new Decimal(amount);
  const eur = currency === Currency.EUR ? value : value.dividedBy(BGN_PER_EUR);
  return eur.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

export function normalizeAmount(amount: string): string {
  return new Decimal(amount).toFixed(2);
}

@ObjectType({ description: 'An exact amount of money; never a float.' })
export class Money {
  @Field(() => DecimalScalar)
  amount: string;

  @Field(() => Currency)
  currency: Currency;

  @Field(() => DecimalScalar, { description: 'The amount in EUR at 1 EUR = 1.95583 BGN.' })
  amountEur: string;

  static of(amount: string | null, currency: Currency | null): Money | null {
    if (amount === null || currency === null) return null;
    const money = new Money();
    money.amount = normalizeAmount(amount);
    money.currency = currency;
    money.amountEur = toEur(amount, currency);
    return money;
  }
}

@InputType()
export class MoneyInput {
  @Field(() => DecimalScalar, { description: 'Decimal string with at most two decimals, e.g. "199994.17".' })
  @Matches(DECIMAL_PATTERN, { message: 'amount must be a decimal with at most 2 decimal places' })
  amount: string;

  @Field(() => Currency)
  @IsEnum(Currency)
  currency: Currency;
}
