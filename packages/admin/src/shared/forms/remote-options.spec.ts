import { searchTerm, withSelected } from './remote-options';

describe('remote select options', () => {
  const chosen = { value: 'o1', label: 'НАРД' };

  it('keeps the chosen option when the results lack it', () => {
    expect(withSelected([{ value: 'o2', label: 'Друга' }], chosen)).toEqual([
      chosen,
      { value: 'o2', label: 'Друга' },
    ]);
    expect(withSelected([chosen], chosen)).toEqual([chosen]);
    expect(withSelected([], null)).toEqual([]);
  });

  it('does not search for the chosen label the picker writes into its box', () => {
    expect(searchTerm('НАРД', 'НАРД')).toBeNull();
    expect(searchTerm('  ', null)).toBeNull();
    expect(searchTerm(' нар ', 'НАРД')).toBe('нар');
  });
});
