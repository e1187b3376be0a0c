import { localizedCacheIds } from './cache-ids';

describe('localized cache ids', () => {
  it('lists every cache id of a record', () => {
    expect(localizedCacheIds('Practice', 'p1')).toEqual(['Practice:p1:BG', 'Practice:p1:EN']);
  });
});
