import { formatDecimal } from '../../shared/format';

const HOURS = /^(\d+)(?:\.(\d{1,2}))?$/;

/** Hours as a decimal string ("91.50") in hundredths, or null when it is not one. */
export function toHundredths(hours: string): bigint | null {
  const match = HOURS.exec(hours.trim());
  if (!match) return null;
  return BigInt(match[1]) * 100n + BigInt((match[2] ?? '').padEnd(2, '0'));
}

/** Exact sum of hour amounts ("91.50" + "12.25" = "103.75"); unreadable amounts are skipped. */
export function sumHours(amounts: readonly string[]): string {
  const total = amounts.reduce((sum, h) => sum + (toHundredths(h) ?? 0n), 0n);
  return `${total / 100n}.${(total % 100n).toString().padStart(2, '0')}`;
}

/** "481", "91,5", "12,25" (bg) — no trailing zeros; '' for nothing readable. */
export function formatHours(hours: string | null | undefined, lang?: string): string {
  if (hours == null) return '';
  const hundredths = toHundredths(hours);
  if (hundredths === null) return '';
  const digits = hundredths % 100n === 0n ? 0 : hundredths % 10n === 0n ? 1 : 2;
  const text = `${hundredths / 100n}.${(hundredths % 100n).toString().padStart(2, '0')}`;
  return formatDecimal(text, lang, digits);
}

/** Whether a typed amount of hours is one the server takes: up to 999999.99, two decimals. */
export function isHours(text: string): boolean {
  return /^\d{1,6}(?:[.,]\d{1,2})?$/.test(text.trim());
}

/** Typed hours ("12,5") as the API's decimal string ("12.5"). */
export function hoursInput(text: string): string {
  return text.trim().replace(',', '.');
}
