/**
 * Money typed by a person: "199 994,17" (Bulgarian), "199994.17", "199,994.17" all mean the
 * decimal string "199994.17" the API takes. Amounts never become floats.
 */
import { bgnToEur, formatDecimal } from '../format';

/** numeric(14, 2) on the server: twelve digits before the point, two after. */
export const MAX_WHOLE_DIGITS = 12;
export const MAX_FRACTION_DIGITS = 2;

export type AmountProblem = 'invalid' | 'negative' | 'tooPrecise' | 'tooLarge';

export type ParsedAmount = { ok: true; amount: string } | { ok: false; problem: AmountProblem };

const DECIMAL = /^\d+(\.\d{1,2})?$/;

/** Whether a value is already an API decimal: "199994.17", "12", "0.5". */
export function isAmount(value: string): boolean {
  return DECIMAL.test(value);
}

/**
 * Reads an amount as a person types it. Spaces (also non-breaking), apostrophes and
 * underscores group digits; with both "," and "." the last one is the decimal mark; one kind
 * alone is the decimal mark when it appears once ("1,5", "1.5"), grouping otherwise
 * ("1.234.567"). "" is { ok: true, amount: '' }: no amount.
 */
export function parseAmount(text: string): ParsedAmount {
  let value = text.replace(/[\s\u00a0\u202f'’_]/g, '');
  if (value === '') return { ok: true, amount: '' };
  if (value.startsWith('-') || value.startsWith('−')) return { ok: false, problem: 'negative' };
  if (value.startsWith('+')) value = value.slice(1);
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return { ok: false, problem: 'invalid' };

  const lastComma = value.lastIndexOf(',');
  const lastDot = value.lastIndexOf('.');
  let whole: string;
  let fraction = '';
  if (lastComma !== -1 && lastDot !== -1) {
    const mark = Math.max(lastComma, lastDot);
    whole = value.slice(0, mark);
    fraction = value.slice(mark + 1);
    // The other sign groups; the decimal mark may appear only once.
    if (/[.,]/.test(fraction) || whole.includes(value[mark])) return { ok: false, problem: 'invalid' };
    whole = whole.replace(/[.,]/g, '');
  } else {
    const mark = lastComma !== -1 ? ',' : lastDot !== -1 ? '.' : null;
    const parts = mark ? value.split(mark) : [value];
    if (parts.length === 2) [whole, fraction] = parts;
    else if (parts.length > 2) {
      // Grouping only: every group after the first has three digits.
      if (parts.slice(1).some((part) => part.length !== 3) || !parts[0]) {
        return { ok: false, problem: 'invalid' };
      }
      whole = parts.join('');
    } else whole = value;
  }
  if (!/^\d*$/.test(whole) || !/^\d*$/.test(fraction) || (!whole && !fraction)) {
    return { ok: false, problem: 'invalid' };
  }
  // "1,230" could be 1.23 or (English grouping) 1230: more than two decimals is refused, not guessed.
  if (fraction.length > MAX_FRACTION_DIGITS) return { ok: false, problem: 'tooPrecise' };
  const digits = whole.replace(/^0+(?=\d)/, '') || '0';
  if (digits.length > MAX_WHOLE_DIGITS) return { ok: false, problem: 'tooLarge' };
  const cents = fraction.replace(/0+$/, '');
  return { ok: true, amount: cents ? `${digits}.${cents}` : digits };
}

/** An API decimal as a person reads it: "199994.17" → "199 994,17" (bg), "12" → "12,00". */
export function formatAmountInput(amount: string, lang?: string): string {
  return isAmount(amount) ? formatDecimal(amount, lang) : amount;
}

/** The euro equivalent to show beside a leva amount, "102255.40"; null for anything else. */
export function eurEquivalent(amount: string, currency: 'BGN' | 'EUR'): string | null {
  if (currency !== 'BGN' || !isAmount(amount)) return null;
  return bgnToEur(amount);
}
