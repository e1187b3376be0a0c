/**
 * Amounts as sources write them (`499,990.86` on English pages, `499 990,86` or `499990,86` on
 * Bulgarian ones, `1.234.567,89`, `199 994,17 лв.`) → an exact decimal string (`"499990.86"`). String
 * work only: a float would round some amounts by a stotinka.
 */

export type CurrencyCode = 'BGN' | 'EUR';

export interface AmountText {
  /** Two decimals always (`"1500.00"`), at most 12 integer digits (what Obmen stores). */
  amount: string;
  /** When the text names it; else the caller decides. */
  currency?: CurrencyCode;
}

const CURRENCY_WORDS: ReadonlyArray<readonly [RegExp, CurrencyCode]> = [
  [/(?<!\p{L})(?:лв|лева|bgn)(?!\p{L})/iu, 'BGN'],
  [/€|(?<!\p{L})(?:eur|евро)(?!\p{L})/iu, 'EUR'],
];

/** The currency a text names (`лв.`, `BGN`, `EUR`, `€`, `евро`), or undefined. */
export function currencyOf(text: string): CurrencyCode | undefined {
  return CURRENCY_WORDS.find(([word]) => word.test(text))?.[1];
}

const CURRENCY_STRIP = /(?<!\p{L})(?:лв\.?|лева|bgn|eur|евро)(?!\p{L})|€/giu;
// Group separators: spaces of every width, and the apostrophe some spreadsheets use.
const SPACES = /[\s\u00a0\u202f']/g;

/** Digits grouped by three after the first group, as `sep` writes them: "499,990" or "1.234.567". */
function ungroup(text: string, sep: string): string | null {
  const groups = text.split(sep);
  if (groups.some((g, i) => !/^\d+$/.test(g) || (i > 0 && g.length !== 3) || (i === 0 && g.length > 3)))
    return null;
  return groups.join('');
}

/**
 * The integer and fraction digits of a number with `.` or `,` as decimal separator: the last separator
 * is the decimal one when one or two digits follow it and it occurs once; otherwise every separator
 * groups thousands (three digits per group: "1,500" is 1500 in either language).
 */
function splitNumber(raw: string): [string, string] | null {
  let s = raw;
  if (/[\s']/.test(s)) {
    if (!/^\d{1,3}(?:[\s\u00a0\u202f']\d{3})+(?:[.,]\d{1,2})?$/.test(s)) return null;
    s = s.replace(SPACES, '');
  }
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const separators = s.replace(/\d/g, '');
  if (!separators) return [s, ''];
  const last = separators[separators.length - 1];
  const at = s.lastIndexOf(last);
  const head = s.slice(0, at);
  const fraction = s.slice(at + 1);
  if (fraction.length >= 1 && fraction.length <= 2 && !head.includes(last)) {
    const group = last === '.' ? ',' : '.';
    const integer = head.includes(group) ? ungroup(head, group) : head;
    return integer === null || !/^\d+$/.test(integer) ? null : [integer, fraction];
  }
  if (new Set(separators).size > 1) return null;
  const whole = ungroup(s, last);
  return whole === null ? null : [whole, ''];
}

/** A non-negative amount with its currency when the text names one; null when it is not an amount. */
export function parseAmountText(text: string): AmountText | null {
  const currency = currencyOf(text);
  const raw = text.normalize('NFC').replace(CURRENCY_STRIP, '').trim();
  if (!raw) return null;
  const parts = splitNumber(raw);
  if (!parts) return null;
  const integer = parts[0].replace(/^0+(?=\d)/, '');
  if (integer.length > 12) return null;
  const amount = `${integer}.${parts[1].padEnd(2, '0')}`;
  return currency ? { amount, currency } : { amount };
}

/** A percentage (`85`, `85.00`, `85,00 %`) → decimal string as written (`"85"`, `"85.00"`), 0–100. */
export function parsePercentText(text: string): string | null {
  const s = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (!/^\d{1,3}(?:\.\d{1,4})?$/.test(s)) return null;
  const [integer, fraction = ''] = s.split('.');
  const whole = Number(integer);
  if (whole > 100 || (whole === 100 && /[1-9]/.test(fraction))) return null;
  return s;
}
