import { allowedStatuses, statusChange, maySchedule, nextStatuses } from './content-workflow';

describe('maySchedule', () => {
  it('is offered to whoever may publish the record now', () => {
    expect(maySchedule('IN_REVIEW', ['EDITOR'])).toBe(true);
    expect(maySchedule('IN_REVIEW', ['MODERATOR'])).toBe(true);
    expect(maySchedule('DRAFT', ['EDITOR'])).toBe(false);
    expect(maySchedule('DRAFT', ['ADMIN'])).toBe(true);
    expect(maySchedule('PUBLISHED', ['ADMIN'])).toBe(false);
    expect(nextStatuses('DRAFT', ['MODERATOR'])).toEqual([]);
  });
});

describe('statusChange', () => {
  it('keeps a schedule where its author may still publish from, cancels it elsewhere', () => {
    expect(statusChange('IN_REVIEW', ['EDITOR'])).toEqual({ status: 'IN_REVIEW' });
    expect(statusChange('DRAFT', ['EDITOR'])).toEqual({ status: 'DRAFT', publishAt: null });
    expect(statusChange('ARCHIVED', ['EDITOR'])).toEqual({ status: 'ARCHIVED', publishAt: null });
    // Admins may publish a draft, so their scheduled draft stays scheduled.
    expect(statusChange('DRAFT', ['ADMIN'])).toEqual({ status: 'DRAFT' });
  });

  it('cancels the schedule when publishing by hand', () => {
    expect(statusChange('PUBLISHED', ['ADMIN'])).toEqual({ status: 'PUBLISHED', publishAt: null });
  });
});

describe('allowedStatuses', () => {
  it('offers the saved status and the moves the role may make, in workflow order', () => {
    expect(allowedStatuses(['MODERATOR'], 'IN_REVIEW')).toEqual(['DRAFT', 'IN_REVIEW', 'PUBLISHED']);
    expect(allowedStatuses(['MODERATOR'], 'DRAFT')).toEqual(['DRAFT']);
    expect(allowedStatuses(['EDITOR'], 'ARCHIVED')).toEqual(['DRAFT', 'ARCHIVED']);
  });

  it('offers a new record the statuses it may start in', () => {
    expect(allowedStatuses(['EDITOR'], null)).toEqual(['DRAFT', 'IN_REVIEW']);
    expect(allowedStatuses(['MODERATOR'], null)).toEqual([]);
  });
});
