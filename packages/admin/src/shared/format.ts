/**
 * Dates and money the way Bulgarian readers expect them: "25 май 2015 г.", "199 994,17 лв.".
 * Everything goes through Intl; amounts stay decimal strings end to end (never floats).
 */

export type FormatLanguage = 'bg' | 'en';

const INTL_LOCALE: Record<FormatLanguage, string> = { bg: 'bg-BG', en: 'en-GB' };
/** Timestamps are shown as a person in Bulgaria saw them. */
export const TIME_ZONE = 'Europe/Sofia';
/** The fixed conversion rate: 1 EUR = 1.95583 BGN. */
export { BGN_PER_EUR } from '@obmen/shared';

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;
const FULL_DATE: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

function language(lang: string | undefined): FormatLanguage {
  return lang === 'en' ? 'en' : 'bg';
}

/** A LocalDate ("2015-05-25") is a calendar day, a DateTime an instant: read each as such. */
function toDate(value: string | Date): { date: Date; timeZone: string } | null {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? null : { date: value, timeZone: TIME_ZONE };
  const local = LOCAL_DATE.exec(value);
  if (local) {
    const date = new Date(Date.UTC(Number(local[1]), Number(local[2]) - 1, Number(local[3])));
    return Number.isNaN(date.getTime()) ? null : { date, timeZone: 'UTC' };
  }
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : { date, timeZone: TIME_ZONE };
}

function dateParts(
  value: string | Date,
  lang: FormatLanguage,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormatPart[] | null {
  const parsed = toDate(value);
  if (!parsed) return null;
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { ...options, timeZone: parsed.timeZone }).formatToParts(
    parsed.date,
  );
}

/**
 * Official Bulgarian closes a date, a year or a range of them with "г." (година): "6 август
 * 2013 г.", "2013 – 2015 г."; a month alone reads "юли 2013". English has no such mark.
 */
function closed(text: string, lang: FormatLanguage): string {
  return lang === 'bg' ? `${text} г.` : text;
}

/** Joins day, month and year with spaces, without the " г." Bulgarian CLDR appends to years (see closed). */
function joinParts(parts: Intl.DateTimeFormatPart[], order: Intl.DateTimeFormatPartTypes[]): string {
  return order
    .map((type) => parts.find((p) => p.type === type)?.value)
    .filter((v): v is string => Boolean(v))
    .join(' ');
}

/** "25 май 2015 г." (bg) or "25 May 2015" (en); '' for nothing or an unreadable value. */
export function formatDate(value: string | Date | null | undefined, lang?: string): string {
  if (value == null || value === '') return '';
  const l = language(lang);
  const parts = dateParts(value, l, FULL_DATE);
  return parts ? closed(joinParts(parts, ['day', 'month', 'year']), l) : '';
}

/** "юли 2013" (bg) or "July 2013" (en). */
export function formatMonth(value: string | Date | null | undefined, lang?: string): string {
  if (value == null || value === '') return '';
  const parts = dateParts(value, language(lang), { month: 'long', year: 'numeric' });
  return parts ? joinParts(parts, ['month', 'year']) : '';
}

/** "25 май 2015 г., 14:05" in Sofia time. */
export function formatDateTime(value: string | Date | null | undefined, lang?: string): string {
  if (value == null || value === '') return '';
  const l = language(lang);
  const parts = dateParts(value, l, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  if (!parts) return '';
  const day = closed(joinParts(parts, ['day', 'month', 'year']), l);
  return `${day}, ${joinParts(parts, ['hour'])}:${joinParts(parts, ['minute'])}`;
}

export interface PeriodValue {
  from?: string | null;
  to?: string | null;
  precision?: 'DAY' | 'MONTH' | 'YEAR' | null;
}

const PERIOD_PARTS: Record<'DAY' | 'MONTH' | 'YEAR', Intl.DateTimeFormatPartTypes[]> = {
  DAY: ['day', 'month', 'year'],
  MONTH: ['month', 'year'],
  YEAR: ['year'],
};

/**
 * As exact as the source was: "юли 2013", "юли – декември 2013 г.", "юли 2013 – януари 2015 г.",
 * "2013 – 2015 г.", "от 3 март 2014 г."; in English the same without "г.".
 */
export function formatPeriod(period: PeriodValue | null | undefined, lang?: string): string {
  if (!period) return '';
  const l = language(lang);
  const precision = period.precision ?? 'DAY';
  const order = PERIOD_PARTS[precision];
  const from = period.from ? dateParts(period.from, l, FULL_DATE) : null;
  const to = period.to ? dateParts(period.to, l, FULL_DATE) : null;
  if (!from && !to) return '';
  let text: string;
  let range = false;
  if (from && to) {
    const start = joinParts(from, order);
    const end = joinParts(to, order);
    range = start !== end;
    // Within one year the year is said once: "юли – декември 2013 г.".
    const sameYear = precision !== 'YEAR' && joinParts(from, ['year']) === joinParts(to, ['year']);
    const head = sameYear ? joinParts(from, order.slice(0, -1)) : start;
    text = range ? `${head} – ${end}` : start;
  } else if (from) {
    text = `${l === 'bg' ? 'от' : 'from'} ${joinParts(from, order)}`;
  } else {
    text = `${l === 'bg' ? 'до' : 'until'} ${joinParts(to ?? [], order)}`;
  }
  // A month reads "юли 2013" on its own; a day, a year or a range of any of them takes "г.".
  return precision === 'MONTH' && !range ? text : closed(text, l);
}

function isDecimal(amount: string): boolean {
  return DECIMAL.test(amount.trim());
}

/** "199 994,17" (bg, non-breaking space) or "199,994.17" (en); exact for any decimal string. */
export function formatDecimal(amount: string | number, lang?: string, fractionDigits = 2): string {
  const text = String(amount).trim();
  if (!isDecimal(text)) return '';
  return new Intl.NumberFormat(INTL_LOCALE[language(lang)], {
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(text as Intl.StringNumericLiteral);
}

export type Currency = 'BGN' | 'EUR';

/** One amount in its currency: "199 994,17 лв.", "102 255,40 €" (bg); "BGN 199,994.17" (en). */
export function formatAmount(amount: string, currency: Currency, lang?: string): string {
  const text = amount.trim();
  if (!isDecimal(text)) return '';
  return new Intl.NumberFormat(INTL_LOCALE[language(lang)], {
    style: 'currency',
    currency,
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(text as Intl.StringNumericLiteral);
}

export interface MoneyValue {
  amount: string;
  currency: Currency;
  /** The server's EUR equivalent; computed here at the fixed rate when missing. */
  amountEur?: string | null;
}

/** Leva with their euro equivalent: "199 994,17 лв. (102 255,40 €)"; euro amounts alone. */
export function formatMoney(money: MoneyValue | null | undefined, lang?: string): string {
  if (!money || !isDecimal(money.amount)) return '';
  const main = formatAmount(money.amount, money.currency, lang);
  if (money.currency === 'EUR') return main;
  const eur = money.amountEur ?? bgnToEur(money.amount);
  return eur ? `${main} (${formatAmount(eur, 'EUR', lang)})` : main;
}

/** Scales a decimal string to an integer of `digits` decimals, rounding half away from zero. */
function toScaled(amount: string, digits: number): bigint | null {
  const match = DECIMAL.exec(amount.trim());
  if (!match) return null;
  const [, minus, whole, fraction = ''] = match;
  const padded = (fraction + '0'.repeat(digits + 1)).slice(0, digits + 1);
  let scaled = BigInt(whole + padded.slice(0, digits));
  const rest = fraction.slice(digits);
  if (rest && rest[0] >= '5') scaled += 1n;
  return minus ? -scaled : scaled;
}

function fromCents(cents: bigint): string {
  const negative = cents < 0n;
  const abs = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/** Exact BGN → EUR at 1.95583, rounded half-up to the cent, as the server does: "102255.40". */
export function bgnToEur(amountBgn: string): string | null {
  // amount / 1.95583 in cents = amount(×10^7) / 195583, from a value scaled to 7 decimals.
  const scaled = toScaled(amountBgn, 7);
  if (scaled === null) return null;
  const rate = 195583n;
  const negative = scaled < 0n;
  const abs = negative ? -scaled : scaled;
  let cents = abs / rate;
  if ((abs % rate) * 2n >= rate) cents += 1n;
  return fromCents(negative ? -cents : cents);
}
