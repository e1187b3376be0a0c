import { localDateTime, pickerValue, schedulePublishAt } from './schedule';

describe('schedulePublishAt', () => {
  const now = new Date(2027, 4, 25, 9, 30);

  it('sends a future local moment as an instant', () => {
    const result = schedulePublishAt('2027-05-25 10:00:00', now);
    expect(result).toEqual({ ok: true, publishAt: new Date(2027, 4, 25, 10, 0).toISOString() });
  });

  it('refuses nothing, an unreadable value and a moment already past', () => {
    expect(schedulePublishAt(null, now)).toEqual({ ok: false, problem: 'schedule.problems.required' });
    expect(schedulePublishAt('утре', now)).toEqual({ ok: false, problem: 'schedule.problems.required' });
    expect(schedulePublishAt('2027-05-25 09:30', now)).toEqual({
      ok: false,
      problem: 'schedule.problems.past',
    });
  });

  it('reads the picker value with or without seconds', () => {
    expect(localDateTime('2027-05-25T10:15')).toEqual(new Date(2027, 4, 25, 10, 15));
    expect(localDateTime('2027-05-25 10:15:30')).toEqual(new Date(2027, 4, 25, 10, 15, 30));
  });

  it('shows a saved schedule in the picker as the same local moment', () => {
    const at = new Date(2027, 4, 25, 10, 0).toISOString();
    expect(pickerValue(at)).toBe('2027-05-25 10:00:00');
    expect(localDateTime(pickerValue(at))?.toISOString()).toBe(at);
    expect(pickerValue(null)).toBeNull();
  });
});
