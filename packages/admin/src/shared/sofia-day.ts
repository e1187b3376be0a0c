/**
 * Calendar days as people in Sofia mean them: the admin shows and filters by local days, the API
 * speaks instants. Shared by the moderation filters, token expiry, network membership dates and
 * volunteer consent.
 */
import { TIME_ZONE } from './format';

/** The calendar day of an instant in Sofia, "2025-01-24"; null for nothing readable. */
export function sofiaDay(iso: string | null | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return null;
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** The instant a calendar day starts in Sofia, as an ISO string (DST-aware). */
export function startOfSofiaDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const guess = Date.UTC(y, m - 1, d);
  const offset = (instant: number) => {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone: TIME_ZONE,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(new Date(instant));
    const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    const wall = Date.UTC(
      part('year'),
      part('month') - 1,
      part('day'),
      part('hour'),
      part('minute'),
      part('second'),
    );
    return wall - instant;
  };
  const first = guess - offset(guess);
  return new Date(guess - offset(first)).toISOString();
}

/** The instant a calendar day ends in Sofia (the next one starts): an exclusive upper bound. */
export function endOfSofiaDay(day: string): string {
  return startOfSofiaDay(nextDay(day));
}

/** The day after a calendar day, e.g. for an exclusive upper bound. */
export function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
