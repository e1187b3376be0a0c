import { organizationOptionGroups } from './organization-options';

const found = [
  { id: 'a', name: 'Фондация „За Нашите Деца“', kind: 'FOUNDATION' as const },
  { id: 'b', name: 'Европейски социален фонд', kind: 'FUNDER' as const },
  { id: 'c', name: 'Община Кричим', kind: 'MUNICIPALITY' as const },
  { id: 'd', name: 'Агенция за социално подпомагане', kind: 'PUBLIC_AGENCY' as const },
  { id: 'e', name: 'Програма ФАР', kind: 'FUNDER' as const },
];

describe('organizationOptionGroups', () => {
  it('groups by kind, preferred kinds first, names in Bulgarian order', () => {
    const groups = organizationOptionGroups(found, { preferred: ['FUNDER'] });
    expect(groups.map((g) => g.kind)).toEqual(['FUNDER', 'FOUNDATION', 'MUNICIPALITY', 'PUBLIC_AGENCY']);
    expect(groups[0].items.map((i) => i.value)).toEqual(['b', 'e']);
  });

  it('keeps the chosen organization when a search does not find it', () => {
    const groups = organizationOptionGroups([found[2]], {
      known: [
        { id: 'x', name: 'Избрана организация' },
        { id: 'y', name: 'Не е избрана' },
      ],
      selected: ['x'],
    });
    expect(groups.flatMap((g) => g.items.map((i) => i.value))).toEqual(['c', 'x']);
    expect(groups[1].kind).toBeNull();
  });

  it('leaves out organizations chosen elsewhere, but never the selected one', () => {
    const groups = organizationOptionGroups(found, { exclude: ['a', 'b', 'c'], selected: ['c'] });
    expect(groups.flatMap((g) => g.items.map((i) => i.value)).sort()).toEqual(['c', 'd', 'e']);
  });
});
