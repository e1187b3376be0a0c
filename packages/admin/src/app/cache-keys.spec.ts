import { localizedCacheKey } from './cache-keys';

describe('localized cache keys', () => {
  it('keeps a record read in Bulgarian apart from the same record read in English', () => {
    const bg = localizedCacheKey('Practice', { id: 'p1', localization: { requested: 'BG' } });
    const en = localizedCacheKey('Practice', { id: 'p1', localization: { requested: 'EN' } });
    expect(bg).toBe('Practice:p1:BG');
    expect(en).toBe('Practice:p1:EN');
  });

  it('does not normalize a record without its id or requested language', () => {
    expect(localizedCacheKey('Practice', { id: 'p1' })).toBe(false);
    expect(localizedCacheKey('Practice', { localization: { requested: 'BG' } })).toBe(false);
    expect(localizedCacheKey('Theme', { id: 't1', localization: null })).toBe(false);
  });
});
