import { searchKey, transliterate } from './transliterate';

describe('transliterate', () => {
  it('follows the Transliteration Act', () => {
    expect(transliterate('Пловдив')).toBe('Plovdiv');
    expect(transliterate('Стара Загора')).toBe('Stara Zagora');
    expect(transliterate('Шумен')).toBe('Shumen');
    expect(transliterate('Щастливец')).toBe('Shtastlivets');
    expect(transliterate('Ямбол')).toBe('Yambol');
    expect(transliterate('Хисаря')).toBe('Hisarya');
    expect(transliterate('Търговище')).toBe('Targovishte');
    expect(transliterate('Кърджали')).toBe('Kardzhali');
    expect(transliterate('Благоевград')).toBe('Blagoevgrad');
  });

  it('writes "ия" ending a word as "ia"', () => {
    expect(transliterate('София')).toBe('Sofia');
    expect(transliterate('София-град')).toBe('Sofia-grad');
    expect(transliterate('Ияковска')).toBe('Iyakovska');
  });

  it('leaves Latin text and digits alone', () => {
    expect(transliterate('PDV26 Plovdiv')).toBe('PDV26 Plovdiv');
  });
});

describe('searchKey', () => {
  it('makes Cyrillic and Latin spellings compare equal', () => {
    expect(searchKey('ПЛОВДИВ')).toBe('plovdiv');
    expect(searchKey('  Plovdiv ')).toBe('plovdiv');
    expect(searchKey('Стара   Загора')).toBe('stara zagora');
  });
});
