import {
  findMunicipality,
  loadReferenceData,
  normalizePlaceName,
  type ReferenceData,
} from './geography.reference';

const codesOf = (name: string): string[] => findMunicipality(name).map((m) => m.code);

describe('loadReferenceData', () => {
  let data: ReferenceData;
  beforeAll(() => {
    data = loadReferenceData();
  });

  it('loads all 265 municipalities and 28 districts', () => {
    expect(data.municipalities).toHaveLength(265);
    expect(data.districts).toHaveLength(28);
  });

  it('has unique codes', () => {
    expect(new Set(data.municipalities.map((m) => m.code)).size).toBe(265);
    expect(new Set(data.districts.map((d) => d.code)).size).toBe(28);
  });

  it('links every municipality to an existing district with the same NUTS3 region', () => {
    const districts = new Map(data.districts.map((d) => [d.code, d]));
    for (const m of data.municipalities) {
      const district = districts.get(m.districtCode);
      expect(district).toBeDefined();
      expect(district?.nuts3).toBe(m.nuts3);
      expect(m.code.startsWith(m.districtCode)).toBe(true);
    }
  });

  it('produces Latin names by transliteration and keeps EKATTE codes as strings', () => {
    const hisarya = data.municipalities.find((m) => m.code === 'PDV37');
    expect(hisarya).toMatchObject({
      nameBg: 'Хисаря',
      nameEn: 'Hisarya',
      districtCode: 'PDV',
      nuts2: 'BG42',
      nuts3: 'BG421',
      centreEkatte: '77270',
      aliases: ['Хисар'],
    });
    expect(data.districts.find((d) => d.code === 'SOF')?.nameEn).toBe('Sofia (stolitsa)');
    expect(data.municipalities.find((m) => m.code === 'PDV01')?.centreEkatte).toBe('00702');
  });

  it('is cached', () => {
    expect(loadReferenceData()).toBe(data);
  });
});

describe('normalizePlaceName', () => {
  it.each([
    ['гр. Асеновград', 'асеновград'],
    ['гр.Асеновград', 'асеновград'],
    ['град Асеновград', 'асеновград'],
    ['Община Родопи', 'родопи'],
    ['Столична община', 'столична'],
    ['общината  „Родопи“', 'родопи'],
    ['с. Ново село', 'ново село'],
    ['село Ново село', 'ново село'],
    ['Ново село', 'ново село'],
    ['Municipality of Rodopi', 'rodopi'],
    ['Obshtina Rodopi', 'rodopi'],
    ['Добрич - селска', 'добрич-селска'],
  ])('%s → %s', (input, normalized) => {
    expect(normalizePlaceName(input)).toBe(normalized);
  });
});

describe('findMunicipality', () => {
  it('returns both municipalities named Бяла', () => {
    expect(codesOf('Бяла').sort()).toEqual(['RSE04', 'VAR05']);
    expect(codesOf('Byala').sort()).toEqual(['RSE04', 'VAR05']);
  });

  it.each([
    ['Хисар', 'PDV37'],
    ['Хисаря', 'PDV37'],
    ['Hisarya', 'PDV37'],
    ['HISARYA', 'PDV37'],
    ['гр. Асеновград', 'PDV01'],
    ['Община Родопи', 'PDV26'],
    ['София', 'SOF46'],
    ['Sofia', 'SOF46'],
    ['Столична община', 'SOF46'],
    ['Добрич-селска', 'DOB15'],
    ['Добричка', 'DOB15'],
    ['Община град Добрич', 'DOB28'],
    ['с. Ново село', 'VID30'],
  ])('%s → %s', (name, code) => {
    expect(codesOf(name)).toEqual([code]);
  });

  it('returns [] for unknown or empty names', () => {
    expect(findMunicipality('Атлантида')).toEqual([]);
    expect(findMunicipality('')).toEqual([]);
    expect(findMunicipality('Община')).toEqual([]);
  });

  it('accepts explicit reference data', () => {
    const data = loadReferenceData();
    const subset: ReferenceData = {
      districts: data.districts,
      municipalities: data.municipalities.filter((m) => m.code === 'RSE04'),
    };
    expect(findMunicipality('Бяла', subset).map((m) => m.code)).toEqual(['RSE04']);
  });
});
