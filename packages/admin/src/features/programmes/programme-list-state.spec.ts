import { programmesVariables, readProgrammeListState } from './programme-list-state';

describe('programmes list state', () => {
  it('reads only programme statuses from the URL', () => {
    const state = readProgrammeListState(new URLSearchParams('status=PUBLISHED,APPROVED'));
    expect(state.choices).toEqual(['PUBLISHED']);
  });

  it('makes the programmes query variables', () => {
    const state = readProgrammeListState(new URLSearchParams('status=DRAFT&before=xyz'));
    expect(programmesVariables(state, 'EN')).toEqual({
      last: 20,
      before: 'xyz',
      filter: { statuses: ['DRAFT'] },
      locale: 'EN',
    });
  });
});
