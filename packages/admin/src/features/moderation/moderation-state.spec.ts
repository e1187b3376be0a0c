import {
  hasActiveFilters,
  moderationFilter,
  moderationVariables,
  proposalDecisions,
  readModerationState,
  switchTab,
} from './moderation-state';

const read = (query: string) => readModerationState(new URLSearchParams(query));

describe('moderation URL state', () => {
  it('defaults to pending nominations, first page', () => {
    const state = read('');
    expect(state).toEqual({
      tab: 'nominations',
      nominationStatus: 'PENDING',
      proposalStatus: 'IN_REVIEW',
      practiceId: null,
      from: null,
      to: null,
      duplicatesOnly: false,
      after: null,
      before: null,
    });
    expect(hasActiveFilters(state)).toBe(false);
  });

  it('reads filters and ignores invalid values', () => {
    const state = read('status=SPAM&practice=p1&from=2025-03-01&to=2025-03-31&dup=1&after=c1');
    expect(state).toMatchObject({
      nominationStatus: 'SPAM',
      practiceId: 'p1',
      from: '2025-03-01',
      to: '2025-03-31',
      duplicatesOnly: true,
      after: 'c1',
    });
    expect(hasActiveFilters(state)).toBe(true);
    expect(read('status=NOPE&from=2025-02-30&to=yesterday')).toMatchObject({
      nominationStatus: 'PENDING',
      from: null,
      to: null,
    });
    // An end before the start is dropped.
    expect(read('from=2025-03-10&to=2025-03-01')).toMatchObject({ from: '2025-03-10', to: null });
  });

  it('reads the proposals tab without nomination-only filters', () => {
    const state = read('tab=proposals&status=DRAFT&practice=p1&dup=1');
    expect(state).toMatchObject({
      tab: 'proposals',
      proposalStatus: 'DRAFT',
      practiceId: null,
      duplicatesOnly: false,
    });
  });

  it('switches tabs back to their defaults and the first page', () => {
    const next = switchTab(
      new URLSearchParams('status=SPAM&practice=p1&dup=1&after=c&from=2025-01-01'),
      'proposals',
    );
    expect(next.toString()).toBe('from=2025-01-01&tab=proposals');
    expect(switchTab(next, 'nominations').toString()).toBe('from=2025-01-01');
  });
});

describe('queue filter', () => {
  it('sends the statuses of both tabs, the practice and duplicates', () => {
    expect(moderationFilter(read('practice=p1&dup=1'))).toEqual({
      statuses: ['PENDING'],
      proposalStatuses: ['IN_REVIEW'],
      practiceIds: ['p1'],
      duplicate: true,
    });
  });

  it('turns days into Sofia instants, the end day included', () => {
    expect(moderationFilter(read('from=2025-01-15&to=2025-07-01'))).toMatchObject({
      submittedFrom: '2025-01-14T22:00:00.000Z',
      submittedTo: '2025-07-01T21:00:00.000Z',
    });
  });

  it('pages forwards and backwards', () => {
    expect(moderationVariables(read(''), 'BG', 10)).toMatchObject({ first: 10 });
    expect(moderationVariables(read('before=c9'), 'BG', 10)).toMatchObject({ last: 10, before: 'c9' });
  });

  it('asks for the practices’ titles in the interface language', () => {
    expect(moderationVariables(read(''), 'EN')).toMatchObject({ locale: 'EN' });
    expect(moderationVariables(read('practice=p1'), 'BG')).toMatchObject({
      locale: 'BG',
      filter: { practiceIds: ['p1'] },
    });
  });
});

describe('proposal decisions', () => {
  it('depend on where the proposal is', () => {
    expect(proposalDecisions('IN_REVIEW')).toEqual(['APPROVE', 'PUBLISH', 'REJECT']);
    expect(proposalDecisions('DRAFT')).toEqual(['PUBLISH', 'REJECT']);
    expect(proposalDecisions('PUBLISHED')).toEqual([]);
    expect(proposalDecisions('REJECTED')).toEqual([]);
  });
});
