/**
 * Scheduled publication: the moment is picked as a local date-time ("2027-05-25 10:00:00",
 * what the date-time picker gives) and sent as an instant (`publishAt`).
 */

export type ScheduleProblem = 'schedule.problems.required' | 'schedule.problems.past';

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/** The picker's local date-time as a Date in this browser's time zone; null when unreadable. */
export function localDateTime(value: string | null | undefined): Date | null {
  const match = value ? LOCAL_DATE_TIME.exec(value.trim()) : null;
  if (!match) return null;
  const [y, mo, d, h, mi, s] = match.slice(1).map((part) => Number(part ?? 0));
  const date = new Date(y, mo - 1, d, h, mi, s);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The chosen moment as `publishAt`, or why it cannot be one: it must be in the future. */
export function schedulePublishAt(
  value: string | null | undefined,
  now: Date,
): { ok: true; publishAt: string } | { ok: false; problem: ScheduleProblem } {
  const date = localDateTime(value);
  if (!date) return { ok: false, problem: 'schedule.problems.required' };
  if (date.getTime() <= now.getTime()) return { ok: false, problem: 'schedule.problems.past' };
  return { ok: true, publishAt: date.toISOString() };
}

/** The local date-time a `publishAt` stands for, as the picker takes it ("2027-05-25 10:00:00"). */
export function pickerValue(publishAt: string | null): string | null {
  const at = publishAt ? new Date(publishAt) : null;
  if (!at || Number.isNaN(at.getTime())) return null;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `${day} ${pad(at.getHours())}:${pad(at.getMinutes())}:00`;
}
