import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { searchKey, slugify, transliterate } from './transliteration';

// The official names the server seeds its geography from: the law's rules must reproduce every one.
const DATA_DIR = path.resolve(__dirname, '../../server/data');

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
    ['Пловдив', 'Plovdiv'],
    ['Шумен', 'Shumen'],
    ['Ямбол', 'Yambol'],
    ['Стара Загора', 'Stara Zagora'],
    ['Щастливец', 'Shtastlivets'],
    ['Хисаря', 'Hisarya'],
    ['Кърджали', 'Kardzhali'],
    ['Благоевград', 'Blagoevgrad'],
    ['София-град', 'Sofia-grad'],
    ['Ияковска', 'Iyakovska'],
    // the accented pronoun
    ['на нея ѝ', 'na neya i'],
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
    ['PDV26 Plovdiv', 'PDV26 Plovdiv'],
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

describe('searchKey', () => {
  it.each([
    ['ПЛОВДИВ', 'plovdiv'],
    ['  Plovdiv ', 'plovdiv'],
    ['Стара   Загора', 'stara zagora'],
    ['Café', 'cafe'],
    // the same rules as transliterate: Art. 5/6, ѝ, NFC
    ['СОФИЯ', 'sofia'],
    ['Република България', 'republika bulgaria'],
    ['ѝ', 'i'],
    ['Ка\u0438\u0306нарджа', 'kaynardzha'],
  ])('%s → %s', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });
});

describe.each([
  ['bg-municipalities.csv', 'municipality', 265],
  ['bg-districts.csv', 'district', 28],
])('official NSI Latin names in %s', (file, kind, count) => {
  const names = readCsv(file).map((r) => ({
    code: r[`${kind}_code`],
    bg: r[`${kind}_bg`],
    en: r[`${kind}_en`],
  }));

  it(`lists all ${count}`, () => {
    expect(names).toHaveLength(count);
  });

  it('transliterate reproduces every name_en', () => {
    const mismatches = names
      .filter((n) => transliterate(n.bg) !== n.en)
      .map((n) => `${n.code}: ${n.bg} → ${n.en}`);
    expect(mismatches).toEqual([]);
  });

  it('searchKey makes the Cyrillic and the Latin name equal, so the admin finds each by either', () => {
    const mismatches = names
      .filter((n) => searchKey(n.bg) !== searchKey(n.en))
      .map((n) => `${n.code}: ${n.bg} / ${n.en}`);
    expect(mismatches).toEqual([]);
  });
});
