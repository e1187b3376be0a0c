import { allowedStatuses, programmeAccess } from './programme-access';

describe('allowedStatuses', () => {
  it('mirrors the server workflow for editors', () => {
    expect(allowedStatuses(['EDITOR'], null)).toEqual(['DRAFT', 'IN_REVIEW']);
    expect(allowedStatuses(['EDITOR'], 'DRAFT')).toEqual(['DRAFT', 'IN_REVIEW']);
    expect(allowedStatuses(['EDITOR'], 'IN_REVIEW')).toEqual(['DRAFT', 'IN_REVIEW', 'PUBLISHED']);
    expect(allowedStatuses(['EDITOR'], 'PUBLISHED')).toEqual(['PUBLISHED', 'ARCHIVED']);
    expect(allowedStatuses(['EDITOR'], 'ARCHIVED')).toEqual(['DRAFT', 'ARCHIVED']);
  });

  it('lets admins choose any status', () => {
    expect(allowedStatuses(['ADMIN'], 'PUBLISHED')).toEqual(['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED']);
    expect(allowedStatuses(['COORDINATOR', 'ADMIN'], null)).toHaveLength(4);
  });

  it('leaves coordinators the status as it is', () => {
    expect(allowedStatuses(['COORDINATOR'], 'PUBLISHED')).toEqual(['PUBLISHED']);
    expect(allowedStatuses(['COORDINATOR'], 'DRAFT')).toEqual(['DRAFT']);
  });
});

describe('programmeAccess', () => {
  it('lets editors and admins create, delete and edit every programme', () => {
    for (const roles of [['EDITOR'], ['ADMIN']] as const) {
      const access = programmeAccess(roles, []);
      expect([access.canCreate, access.canDelete, access.canEdit('any')]).toEqual([true, true, true]);
    }
  });

  it('lets coordinators edit only the programmes they coordinate', () => {
    const access = programmeAccess(['COORDINATOR'], ['p1']);
    expect(access.canCreate).toBe(false);
    expect(access.canDelete).toBe(false);
    expect(access.canEdit('p1')).toBe(true);
    expect(access.canEdit('p2')).toBe(false);
  });

  it('allows nothing without a role that manages programmes', () => {
    const access = programmeAccess(['MODERATOR'], ['p1']);
    expect([access.canCreate, access.canDelete, access.canEdit('p1')]).toEqual([false, false, false]);
  });
});
