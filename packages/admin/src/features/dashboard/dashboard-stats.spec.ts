import { peopleDigits, statusRows } from './dashboard-stats';

describe('statusRows', () => {
  it('turns the aliased counts into a row per kind with its total', () => {
    const rows = statusRows({
      practicesDraft: { totalCount: 2 },
      practicesInReview: { totalCount: 1 },
      practicesPublished: { totalCount: 5 },
      practicesArchived: { totalCount: 0 },
      projectsPublished: { totalCount: 3 },
    });
    expect(rows).toEqual([
      { kind: 'practices', counts: { DRAFT: 2, IN_REVIEW: 1, PUBLISHED: 5, ARCHIVED: 0 }, total: 8 },
      { kind: 'projects', counts: { DRAFT: 0, IN_REVIEW: 0, PUBLISHED: 3, ARCHIVED: 0 }, total: 3 },
    ]);
  });
});

describe('peopleDigits', () => {
  it('shows whole people without decimals and parts of one with two', () => {
    expect(peopleDigits('1254.00')).toBe(0);
    expect(peopleDigits('1254')).toBe(0);
    expect(peopleDigits('12.50')).toBe(2);
    expect(peopleDigits('0.05')).toBe(2);
  });
});
