import { canPurge, editPath, readTrashState, trashTypesFor, trashVariables, withType } from './trash-state';

describe('trash state', () => {
  it('shows personal records to admins only', () => {
    expect(trashTypesFor(['EDITOR'])).not.toContain('Volunteer');
    expect(trashTypesFor(['EDITOR'])).toContain('Practice');
    expect(trashTypesFor(['ADMIN'])).toContain('VolunteerAssignment');
    expect(canPurge(['EDITOR'])).toBe(false);
    expect(canPurge(['EDITOR', 'ADMIN'])).toBe(true);
  });

  it('reads the type from the URL, refusing forbidden ones', () => {
    const editor = trashTypesFor(['EDITOR']);
    expect(readTrashState(new URLSearchParams('type=Project&after=c1'), editor)).toEqual({
      type: 'Project',
      after: 'c1',
      before: null,
    });
    expect(readTrashState(new URLSearchParams('type=Volunteer'), editor).type).toBe('Practice');
    expect(readTrashState(new URLSearchParams('type=Volunteer'), trashTypesFor(['ADMIN'])).type).toBe(
      'Volunteer',
    );
  });

  it('starts another type on its first page', () => {
    expect(withType(new URLSearchParams('after=c1'), 'Theme').toString()).toBe('type=Theme');
    expect(withType(new URLSearchParams('type=Theme&before=c2'), 'Practice').toString()).toBe('');
  });

  it('pages the query', () => {
    const state = readTrashState(new URLSearchParams('type=Theme&before=c2'), trashTypesFor(['ADMIN']));
    expect(trashVariables(state, 10)).toEqual({ entityType: 'Theme', last: 10, before: 'c2' });
  });

  it('links restored practices to their editor', () => {
    expect(editPath('Practice', 'p1')).toBe('/practices/p1');
    expect(editPath('Theme', 't1')).toBeNull();
  });
});
