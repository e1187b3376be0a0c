import {
  auditFilter,
  auditVariables,
  CLEARED_AUDIT_FILTERS,
  hasAuditFilters,
  readAuditState,
} from './audit-state';

const read = (query: string) => readAuditState(new URLSearchParams(query));
const USER = '5b6c7d8e-9f00-4a1b-8c2d-3e4f5a6b7c8d';
const RECORD = '0e1f2a3b-4c5d-4e6f-8a9b-0c1d2e3f4a5b';

describe('audit URL state', () => {
  it('starts unfiltered on the first page', () => {
    const state = read('');
    expect(state).toEqual({
      entityType: null,
      actorId: null,
      action: null,
      entityId: null,
      from: null,
      to: null,
      after: null,
      before: null,
    });
    expect(hasAuditFilters(state)).toBe(false);
    expect(auditFilter(state)).toEqual({});
  });

  it('reads every filter and drops what the server would refuse', () => {
    const state = read(
      `type=Practice&actor=${USER}&action=practice.update&record=${RECORD}&from=2025-03-01&to=2025-03-31&after=c1`,
    );
    expect(state).toMatchObject({
      entityType: 'Practice',
      actorId: USER,
      action: 'practice.update',
      entityId: RECORD,
      from: '2025-03-01',
      to: '2025-03-31',
      after: 'c1',
    });
    expect(hasAuditFilters(state)).toBe(true);
    expect(read('actor=nobody&record=42&from=2025-02-30&type=a%20b')).toMatchObject({
      actorId: null,
      entityId: null,
      from: null,
      entityType: null,
    });
    expect(read('from=2025-03-10&to=2025-03-01')).toMatchObject({ from: '2025-03-10', to: null });
  });

  it('turns Sofia days into instants, the last day included, in winter and summer', () => {
    expect(auditFilter(read('from=2025-01-15&to=2025-07-01'))).toEqual({
      from: '2025-01-14T22:00:00.000Z',
      to: '2025-07-01T21:00:00.000Z',
    });
    // One day: from its midnight to the next.
    expect(auditFilter(read('from=2025-12-04&to=2025-12-04'))).toEqual({
      from: '2025-12-03T22:00:00.000Z',
      to: '2025-12-04T22:00:00.000Z',
    });
  });

  it('pages forwards and backwards, and clears every filter', () => {
    expect(auditVariables(read('type=User'), 10)).toEqual({ filter: { entityType: 'User' }, first: 10 });
    expect(auditVariables(read('before=c9'), 10)).toMatchObject({ last: 10, before: 'c9' });
    expect(Object.keys(CLEARED_AUDIT_FILTERS).sort()).toEqual([
      'action',
      'actor',
      'from',
      'record',
      'to',
      'type',
    ]);
  });
});
