import { documentVector, EXACT, lexeme, queryWords, searchQueries, words } from './search-analyzer';

describe('the search analyzer', () => {
  it('indexes a word by its stem and its exact form, with the weight of its part', () => {
    const { vector, stems } = documentVector([
      { text: 'Децата', weight: 'A' },
      { text: 'деца и родители', weight: 'C' },
    ]);
    const det = [...stems].find((s) => queryWords('деца')[0].stem === s);
    expect(det).toBeDefined();
    // One stem for both forms, at both positions; the exact forms apart; "и" is a stop word.
    expect(vector).toContain(`'${det}':1A,3C`);
    expect(vector).toContain(`'${EXACT}decata':1A`);
    expect(vector).toContain(`'${EXACT}deca':3C`);
    expect(vector).not.toMatch(/'_?i':/);
  });

  it('finds words across soft hyphens and keeps their place in the text', () => {
    const text = 'Ранна интер\u00ADвенция';
    const [, second] = words(text);
    expect(text.slice(second.start, second.end)).toBe('интер\u00ADвенция');
    expect(second.fold).toBe(words('интервенция')[0].fold);
  });

  it('reads a query in Latin or Cyrillic alike, without stop words or repeats', () => {
    const latin = queryWords('detsa i roditeli detsa');
    const cyrillic = queryWords('деца и родители');
    expect(latin.map((w) => w.stem)).toEqual(cyrillic.map((w) => w.stem));
    expect(latin).toHaveLength(2);
    expect(queryWords('Търговище')[0].letters).toBe(9);
  });

  it('builds a tsquery that needs every word, by stem, exact form or a typo candidate', () => {
    const [deca, plovdiv] = queryWords('деца пловдв');
    const queries = searchQueries([deca, plovdiv], new Map([[plovdiv.stem, ['plovdiv']]]));
    expect(queries.match).toBe(
      `(${lexeme(deca.stem)} | ${lexeme(EXACT + deca.fold)}) & ` +
        `(${lexeme(plovdiv.stem)} | ${lexeme(EXACT + plovdiv.fold)} | 'plovdiv')`,
    );
    expect(queries.fuzzy).toBe("'plovdiv'");
    // No candidates: no query to rank them by (relevanceSql leaves their term out).
    expect(searchQueries([deca], new Map()).fuzzy).toBeNull();
  });

  it('quotes a lexeme so no text can break out of it', () => {
    expect(lexeme("o'reilly\\")).toBe("'o''reilly\\\\'");
  });
});

describe('a long query', () => {
  it('counts its first twelve words only', () => {
    const text = Array.from({ length: 30 }, (_, i) => `дума${String.fromCharCode(1072 + i)}`).join(' ');
    expect(queryWords(text)).toHaveLength(12);
  });
});
