import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { slugify, transliterate } from './transliteration';

const DATA_DIR = path.resolve(__dirname, '../../data');

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(path.join(DATA_DIR, file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];
}

describe('transliterate', () => {
  it.each([
    // Art. 5: word-final "ия"
    ['София', 'Sofia'],
    ['Мизия', 'Mizia'],
    ['Провадия', 'Provadia'],
    ['Долна Митрополия', 'Dolna Mitropolia'],
    ['Мария', 'Maria'],
    ['Марияна', 'Mariyana'],
    // word-final "ие" is regular
    ['Поморие', 'Pomorie'],
    ['Съединение', 'Saedinenie'],
    // case pattern
    ['Щерев', 'Shterev'],
    ['ЩЕРЕВ', 'SHTEREV'],
    ['Жеков', 'Zhekov'],
    ['СОФИЯ', 'SOFIA'],
    ['Ж. Жеков', 'Zh. Zhekov'],
    // letter combinations
    ['Джебел', 'Dzhebel'],
    ['Кайнарджа', 'Kaynardzha'],
    ['Каньон', 'Kanyon'],
    ['Йордан', 'Yordan'],
    // ъ → a
    ['Лъки', 'Laki'],
    ['Търговище', 'Targovishte'],
    // Art. 6
    ['България', 'Bulgaria'],
    ['БЪЛГАРИЯ', 'BULGARIA'],
    ['Република България', 'Republika Bulgaria'],
    ['българи', 'balgari'],
    // non-letters kept
    ['Добрич-селска', 'Dobrich-selska'],
    ['Бобов дол', 'Bobov dol'],
    ['София (столица)', 'Sofia (stolitsa)'],
    ['ул. „Шипка“ № 6, Sofia 1000', 'ul. „Shipka“ № 6, Sofia 1000'],
    ['', ''],
  ])('%s → %s', (bg, en) => {
    expect(transliterate(bg)).toBe(en);
  });

  it('treats a decomposed й (и + combining breve) like the composed letter', () => {
    expect(transliterate('Ка\u0438\u0306нарджа')).toBe('Kaynardzha');
  });
});

describe('slugify', () => {
  it.each([
    ['Пътна карта „С мисъл за хората“', 'patna-karta-s-misal-za-horata'],
    ['София (столица)', 'sofia-stolitsa'],
    ['  --Добрич-селска!!  ', 'dobrich-selska'],
    ['Бюджет 2024 г.', 'byudzhet-2024-g'],
    ['Café Щастие', 'cafe-shtastie'],
    ['„“', ''],
  ])('%s → %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });

  it('cuts at maxLength without leaving a trailing "-"', () => {
    expect(slugify('Велико Търново', 7)).toBe('veliko');
    expect(slugify('Велико Търново', 8)).toBe('veliko-t');
    expect(slugify('а'.repeat(200))).toHaveLength(80);
  });
});

describe('official NSI Latin names', () => {
  it('reproduces name_en for all 265 municipalities', () => {
    const rows = readCsv('bg-municipalities.csv');
    expect(rows).toHaveLength(265);
    const mismatches = rows
      .filter((r) => transliterate(r.municipality_bg) !== r.municipality_en)
      .map((r) => `${r.municipality_code}: ${r.municipality_bg} → ${r.municipality_en}`);
    expect(mismatches).toEqual([]);
  });

  it('reproduces name_en for all 28 districts', () => {
    const rows = readCsv('bg-districts.csv');
    expect(rows).toHaveLength(28);
    const mismatches = rows
      .filter((r) => transliterate(r.district_bg) !== r.district_en)
      .map((r) => `${r.district_code}: ${r.district_bg} → ${r.district_en}`);
    expect(mismatches).toEqual([]);
  });
});
