import type { TrashType } from '../../shared/section';
import { canPurge, readTrashState, trashTypesFor, trashVariables, withType } from './trash-state';

const TYPES: TrashType[] = [
  { type: 'Practice' },
  { type: 'Project' },
  { type: 'Theme' },
  { type: 'Volunteer', personal: true },
  { type: 'VolunteerAssignment', personal: true },
];
const typesFor = (roles: Parameters<typeof trashTypesFor>[1]) => trashTypesFor(TYPES, roles);

describe('trash state', () => {
  it('shows personal records to admins only, in tab order', () => {
    expect(typesFor(['EDITOR'])).toEqual(['Practice', 'Project', 'Theme']);
    expect(typesFor(['EDITOR'])).not.toContain('Volunteer');
    expect(typesFor(['EDITOR'])).toContain('Practice');
    expect(typesFor(['ADMIN'])).toContain('VolunteerAssignment');
    expect(canPurge(['EDITOR'])).toBe(false);
    expect(canPurge(['EDITOR', 'ADMIN'])).toBe(true);
  });

  it('reads the type from the URL, refusing forbidden ones', () => {
    const editor = typesFor(['EDITOR']);
    expect(readTrashState(new URLSearchParams('type=Project&after=c1'), editor)).toEqual({
      type: 'Project',
      after: 'c1',
      before: null,
    });
    expect(readTrashState(new URLSearchParams('type=Volunteer'), editor).type).toBe('Practice');
    expect(readTrashState(new URLSearchParams('type=Volunteer'), typesFor(['ADMIN'])).type).toBe('Volunteer');
  });

  it('starts another type on its first page', () => {
    expect(withType(new URLSearchParams('after=c1'), 'Theme').toString()).toBe('type=Theme');
    expect(withType(new URLSearchParams('type=Theme&before=c2'), 'Practice').toString()).toBe('');
  });

  it('pages the query', () => {
    const state = readTrashState(new URLSearchParams('type=Theme&before=c2'), typesFor(['ADMIN']));
    expect(trashVariables(state, 10)).toEqual({ entityType: 'Theme', last: 10, before: 'c2' });
  });
});
