import { initialStatuses, isForward, nextStatuses } from './project-status';

describe('project status actions', () => {
  it('follow the editorial workflow for editors', () => {
    expect(nextStatuses('DRAFT', ['EDITOR'])).toEqual(['IN_REVIEW']);
    expect(nextStatuses('IN_REVIEW', ['EDITOR'])).toEqual(['DRAFT', 'PUBLISHED']);
    expect(nextStatuses('PUBLISHED', ['EDITOR'])).toEqual(['ARCHIVED']);
    expect(nextStatuses('ARCHIVED', ['EDITOR'])).toEqual(['DRAFT']);
    expect(initialStatuses(['EDITOR'])).toEqual(['DRAFT', 'IN_REVIEW']);
  });

  it('let admins make any change', () => {
    expect(nextStatuses('PUBLISHED', ['ADMIN'])).toEqual(['DRAFT', 'IN_REVIEW', 'ARCHIVED']);
    expect(initialStatuses(['EDITOR', 'ADMIN'])).toEqual(['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED']);
  });

  it('offer nothing to roles without content rights', () => {
    expect(nextStatuses('DRAFT', ['COORDINATOR'])).toEqual([]);
    expect(initialStatuses([])).toEqual([]);
  });

  it('tell forward steps from the others', () => {
    expect(isForward('DRAFT', 'IN_REVIEW')).toBe(true);
    expect(isForward('IN_REVIEW', 'PUBLISHED')).toBe(true);
    expect(isForward('IN_REVIEW', 'DRAFT')).toBe(false);
    expect(isForward('PUBLISHED', 'ARCHIVED')).toBe(false);
  });
});
