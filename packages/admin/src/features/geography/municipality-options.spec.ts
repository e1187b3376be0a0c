import {
  filterGroups,
  matchesSearch,
  type MunicipalityLike,
  municipalityGroups,
  municipalitySearchIndex,
} from './municipality-options';

const PDV = { code: 'PDV', nameBg: 'Пловдив', nameEn: 'Plovdiv' };
const TGV = { code: 'TGV', nameBg: 'Търговище', nameEn: 'Targovishte' };
const SFO = { code: 'SFO', nameBg: 'София', nameEn: 'Sofia' };

const MUNICIPALITIES: MunicipalityLike[] = [
  { code: 'PDV26', nameBg: 'Пловдив', nameEn: 'Plovdiv', aliases: [], district: PDV },
  { code: 'PDV37', nameBg: 'Хисаря', nameEn: 'Hisarya', aliases: ['Хисар'], district: PDV },
  { code: 'PDV01', nameBg: 'Асеновград', nameEn: 'Asenovgrad', aliases: [], district: PDV },
  { code: 'TGV35', nameBg: 'Търговище', nameEn: 'Targovishte', aliases: [], district: TGV },
  { code: 'TGV02', nameBg: 'Антоново', nameEn: 'Antonovo', aliases: [], district: TGV },
  { code: 'SFO59', nameBg: 'Самоков', nameEn: 'Samokov', aliases: [], district: SFO },
];

describe('municipalityGroups', () => {
  it('groups by district and sorts by Bulgarian name', () => {
    expect(municipalityGroups(MUNICIPALITIES, 'bg')).toEqual([
      {
        group: 'Пловдив',
        items: [
          { value: 'PDV01', label: 'Асеновград' },
          { value: 'PDV26', label: 'Пловдив' },
          { value: 'PDV37', label: 'Хисаря' },
        ],
      },
      { group: 'София', items: [{ value: 'SFO59', label: 'Самоков' }] },
      {
        group: 'Търговище',
        items: [
          { value: 'TGV02', label: 'Антоново' },
          { value: 'TGV35', label: 'Търговище' },
        ],
      },
    ]);
  });

  it('uses Latin names for the English interface', () => {
    const groups = municipalityGroups(MUNICIPALITIES, 'en');
    expect(groups.map((g) => g.group)).toEqual(['Plovdiv', 'Sofia', 'Targovishte']);
    expect(groups[0].items.map((i) => i.label)).toEqual(['Asenovgrad', 'Hisarya', 'Plovdiv']);
  });
});

describe('municipality search', () => {
  const index = municipalitySearchIndex(MUNICIPALITIES);
  const found = (query: string) =>
    filterGroups(municipalityGroups(MUNICIPALITIES, 'bg'), (item) =>
      matchesSearch(index.get(item.value), query),
    )
      .flatMap((g) => g.items.map((i) => i.value))
      .sort();

  it('finds by Cyrillic or Latin name, in any case', () => {
    expect(found('асенов')).toEqual(['PDV01']);
    expect(found('ASENOV')).toEqual(['PDV01']);
    expect(found('Търговище')).toEqual(['TGV35', 'TGV02'].sort());
  });

  it('finds Latin spellings of Cyrillic text and aliases', () => {
    expect(found('hisar')).toEqual(['PDV37']);
    expect(found('хисар')).toEqual(['PDV37']);
    expect(found('samokov')).toEqual(['SFO59']);
  });

  it('finds every municipality of a district by the district name', () => {
    expect(found('sofia')).toEqual(['SFO59']);
    expect(found('пловдив')).toEqual(['PDV01', 'PDV26', 'PDV37']);
  });

  it('keeps everything for an empty query and nothing for a miss, dropping empty groups', () => {
    expect(found('  ')).toHaveLength(6);
    expect(found('варна')).toEqual([]);
    expect(filterGroups([{ group: 'x', items: [{ value: 'a', label: 'a' }] }], () => false)).toEqual([]);
  });
});
