import { findVolunteer } from './find-volunteer';
import { confirmsErasure, ERASED_NAME, exportFileName, exportJson, isErased } from './gdpr';
import { readVolunteerListState, volunteersVariables } from './volunteer-list-state';

describe('GDPR helpers', () => {
  it('names the export by record and day, never by the person', () => {
    expect(exportFileName('3f2a9c1e-88ee-4e34-a088-9496ce765980', new Date('2025-06-01T10:00:00Z'))).toBe(
      'volunteer-3f2a9c1e-2025-06-01.json',
    );
  });

  it('writes readable JSON', () => {
    expect(exportJson({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });

  it('asks for the exact name to erase, case and spacing aside', () => {
    expect(confirmsErasure('  георги   иванов ', 'Георги Иванов')).toBe(true);
    expect(confirmsErasure('Георги', 'Георги Иванов')).toBe(false);
    expect(confirmsErasure('', '')).toBe(false);
  });

  it('recognises an erased volunteer', () => {
    expect(isErased({ name: ERASED_NAME, contact: { email: null, phone: null } })).toBe(true);
    expect(isErased({ name: ERASED_NAME, contact: null })).toBe(true);
    expect(isErased({ name: 'Георги Иванов', contact: null })).toBe(false);
  });
});

describe('findVolunteer', () => {
  const notFound = Object.assign(new Error('Volunteer x not found'), {
    name: 'CombinedGraphQLErrors',
    errors: [{ message: 'Volunteer x not found', extensions: { code: 'NOT_FOUND' } }],
  });

  it('asks the server for the one volunteer', async () => {
    const asked: string[] = [];
    const found = await findVolunteer('x', async (id) => {
      asked.push(id);
      return { id };
    });
    expect(found).toEqual({ id: 'x' });
    expect(asked).toEqual(['x']);
  });

  it('says null when the server answers NOT_FOUND, and passes other failures on', async () => {
    expect(await findVolunteer('x', () => Promise.reject(notFound))).toBeNull();
    expect(await findVolunteer('x', async () => null)).toBeNull();
    const offline = new TypeError('Failed to fetch');
    await expect(findVolunteer('x', () => Promise.reject(offline))).rejects.toBe(offline);
  });
});

describe('volunteer list state', () => {
  it('reads valid filters only and makes the query variables', () => {
    const id = '3f2a9c1e-88ee-4e34-a088-9496ce765980';
    const state = readVolunteerListState(
      new URLSearchParams(`q=Мария&programme=${id},bogus&vetting=APPROVED,MAYBE&municipality=PDV26,plovdiv`),
    );
    expect(state).toEqual({
      search: 'Мария',
      programmeIds: [id],
      vettingStatuses: ['APPROVED'],
      municipalityCodes: ['PDV26'],
      after: null,
      before: null,
    });
    expect(volunteersVariables(state)).toEqual({
      first: 20,
      filter: {
        search: 'Мария',
        programmeIds: [id],
        vettingStatuses: ['APPROVED'],
        municipalityCodes: ['PDV26'],
      },
    });
  });
});
