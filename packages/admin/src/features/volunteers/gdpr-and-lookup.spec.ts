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
  const pages: Record<string, { nodes: { id: string }[]; hasNextPage: boolean; endCursor: string | null }> = {
    first: { nodes: [{ id: 'a' }, { id: 'b' }], hasNextPage: true, endCursor: 'c1' },
    c1: { nodes: [{ id: 'c' }], hasNextPage: false, endCursor: 'c2' },
  };

  it('looks among the search results for the name first', async () => {
    const calls: (string | null)[][] = [];
    const found = await findVolunteer(
      'x',
      async (after, search) => {
        calls.push([after, search]);
        return { nodes: search ? [{ id: 'x' }] : [], hasNextPage: false, endCursor: null };
      },
      'Георги',
    );
    expect(found).toEqual({ id: 'x' });
    expect(calls).toEqual([[null, 'Георги']]);
  });

  it('falls back to reading every page, and says null when it is not there', async () => {
    const fetch = async (after: string | null) => pages[after ?? 'first'];
    expect(await findVolunteer('c', fetch, 'Renamed')).toEqual({ id: 'c' });
    expect(await findVolunteer('z', fetch)).toBeNull();
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
