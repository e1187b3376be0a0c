import { endOfSofiaDay, nextDay, sofiaDay, startOfSofiaDay } from './sofia-day';

describe('Sofia days', () => {
  it('read an instant as the calendar day in Sofia', () => {
    expect(sofiaDay('2025-04-06T16:31:00.000Z')).toBe('2025-04-06');
    // 23:30 UTC is already the next day in Sofia (UTC+3 in summer).
    expect(sofiaDay('2025-07-01T22:30:00.000Z')).toBe('2025-07-02');
    expect(sofiaDay(null)).toBeNull();
    expect(sofiaDay('nonsense')).toBeNull();
  });

  it('start at local midnight in winter and summer time', () => {
    expect(startOfSofiaDay('2024-01-15')).toBe('2024-01-14T22:00:00.000Z');
    expect(startOfSofiaDay('2024-07-01')).toBe('2024-06-30T21:00:00.000Z');
    // The DST switch days themselves (the clocks move at 03:00/04:00, after midnight).
    expect(startOfSofiaDay('2024-03-31')).toBe('2024-03-30T22:00:00.000Z');
    expect(startOfSofiaDay('2024-10-27')).toBe('2024-10-26T21:00:00.000Z');
  });

  it('end where the next day starts, the last day of October one hour longer', () => {
    expect(endOfSofiaDay('2024-01-15')).toBe('2024-01-15T22:00:00.000Z');
    expect(endOfSofiaDay('2024-10-27')).toBe('2024-10-27T22:00:00.000Z');
    expect(endOfSofiaDay('2024-12-31')).toBe('2024-12-31T22:00:00.000Z');
  });

  it('follow each other across months and years', () => {
    expect(nextDay('2024-02-28')).toBe('2024-02-29');
    expect(nextDay('2024-12-31')).toBe('2025-01-01');
  });
});
