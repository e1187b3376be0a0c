import { bulgarianTerm, bulgarianTerms, foldWord } from './search-text';

/** Every word gives a term, and the same one as the first word. */
function expectOneTerm(words: readonly string[]): void {
  const expected = bulgarianTerm(words[0]);
  expect(expected).not.toBeNull();
  expect(words.map((word) => [word, bulgarianTerm(word)])).toEqual(words.map((word) => [word, expected]));
}

describe('Bulgarian search terms', () => {
  describe('Cyrillic and Latin spellings of a word give the same term', () => {
    it.each<[string, string[]]>([
      ['щ as "sht" (the Act) or "st"', ['Търговище', 'Targovishte', 'targoviste', 'TARGOVISHTE']],
      ['word-final ия as "ia" (the Act), "iya" or "iq"', ['София', 'Sofia', 'sofiya', 'Sofiq']],
      ['ц as "ts" (the Act) or "c"', ['деца', 'detsa', 'deca']],
      ['a word spelled the same way by everyone', ['Родопи', 'rodopi', 'RODOPI']],
      ['я as "q"', ['ябълка', 'qbalka', 'yabalka']],
      ['ч as "4" and щ as "sht"', ['читалище', '4italishte', 'chitalishte']],
      ['ш as "6" and щ as "6t"', ['общината', 'ob6tinata', 'obshtinata', 'obstinata']],
      ['ж as "j"', ['жалба', 'jalba', 'zhalba']],
      ['ю as "iu"', ['любов', 'liubov', 'lyubov']],
      ['я as "ia" inside a word', ['място', 'miasto', 'myasto', 'mqsto']],
      ['й as "i" before a consonant', ['семейство', 'semeistvo', 'semeystvo']],
      ['х as "x" or "kh"', ['храна', 'xrana', 'khrana', 'hrana']],
      ['в as "w"', ['вода', 'woda', 'voda']],
      ['ч, ш, ж with a háček', ['чаша', 'čaša', 'chasha']],
      [
        'й decomposed (и + breve) and stress marks',
        ['край', 'кра\u0438\u0306', 'кра\u0301й', 'krai', 'kray'],
      ],
      ['a soft hyphen inside the word', ['социални', 'со\u00ADциални']],
      ['the state name (the Act keeps "Bulgaria") and its adjective', ['България', 'Bulgaria', 'български']],
    ])('%s', (_name, words) => expectOneTerm(words));

    it.each<[string, string[]]>([
      ['социални услуги', ['социални услуги', 'sotsialni uslugi', 'socialni uslugi', 'SOCIALNI USLUGI']],
      ['дневен център', ['дневен център', 'dneven tsentar', 'dneven centar']],
      ['деца в риск', ['деца в риск', 'detsa v risk', 'deca v risk']],
    ])('the phrase "%s"', (_name, phrases) => {
      const expected = bulgarianTerms(phrases[0]);
      expect(expected.length).toBeGreaterThan(0);
      for (const phrase of phrases) expect(bulgarianTerms(phrase)).toEqual(expected);
    });
  });

  describe('forms of one word give one term', () => {
    it.each<[string, string[]]>([
      ['дете (irregular plural)', ['дете', 'детето', 'деца', 'децата', 'детски', 'детската', 'детският']],
      ['услуга', ['услуга', 'услугата', 'услуги', 'услугите']],
      ['община', ['община', 'общината', 'общини', 'общините']],
      [
        'социален (fleeting е)',
        ['социален', 'социалният', 'социална', 'социалната', 'социални', 'социалните'],
      ],
      ['подкрепа', ['подкрепа', 'подкрепата']],
      ['увреждане (-ия plural)', ['увреждане', 'увреждания', 'уврежданията']],
      ['център (fleeting ъ, -ът article, -ове plural)', ['център', 'центъра', 'центърът', 'центрове']],
      ['проект (-а short article after т)', ['проект', 'проекта', 'проекти', 'проектите']],
      ['резултат (-ат noun with -ът article)', ['резултат', 'резултатът', 'резултати', 'резултатите']],
      ['дейност (-та after a consonant)', ['дейност', 'дейността', 'дейности']],
      ['пенсия (-ии plural)', ['пенсия', 'пенсията', 'пенсии', 'пенсиите']],
      ['обучение (-ие after the article)', ['обучение', 'обучението', 'обучения']],
      ['ученик (к before и is ц)', ['ученик', 'ученика', 'ученици', 'учениците']],
      ['читалище (-ще is not an article)', ['читалище', 'читалището', 'читалища']],
      ['жена', ['жена', 'жената', 'жени', 'жените']],
      ['град and its adjective', ['град', 'градът', 'градове', 'градски']],
      ['ден (irregular plural)', ['ден', 'денят', 'дни']],
    ])('%s', (_name, words) => expectOneTerm(words));
  });

  describe('different words stay apart', () => {
    it.each([
      ['деца', 'дело'],
      ['град', 'грижа'],
      ['център', 'цент'],
      ['Пловдив', 'Плевен'],
      ['стара', 'старт'],
      ['майка', 'марка'],
      ['дом', 'дим'],
      ['лекар', 'лекарство'],
      ['помощ', 'помощник'],
      ['учител', 'ученик'],
      ['храна', 'хора'],
      ['закон', 'закуска'],
      ['село', 'сила'],
      ['право', 'правило'],
      ['вода', 'водач'],
      ['болница', 'болен'],
      ['Търговище', 'търговски'],
      ['deca', 'dela'],
    ])('%s and %s', (first, second) => {
      const [a, b] = [bulgarianTerm(first), bulgarianTerm(second)];
      expect(a).not.toBeNull();
      expect(b).not.toBeNull();
      expect(a).not.toBe(b);
    });

    it('keeps digits that are not informal letters: numbers, A4, mp4, x64', () => {
      expect(bulgarianTerms('2024 A4 mp4 x64 112')).toEqual(['2024', 'a4', 'mp4', 'h64', '112']);
    });
  });

  describe('stop words', () => {
    it.each([
      'и',
      'в',
      'на',
      'за',
      'с',
      'от',
      'по',
      'към',
      'със',
      'се',
      'е',
      'да',
      'не',
      'че',
      'Това',
      'КОИТО',
      'още',
    ])('drops Cyrillic "%s"', (word) => expect(bulgarianTerm(word)).toBeNull());

    it.each([
      'i',
      'v',
      'na',
      'za',
      's',
      'ot',
      'po',
      'kam',
      'se',
      'da',
      'ne',
      'che',
      'tova',
      'koito',
      'oshte',
      'o6te',
    ])('drops Latin "%s"', (word) => expect(bulgarianTerm(word)).toBeNull());

    it('leaves them out of a text in either script', () => {
      const expected = ['uslug', 'det', 'semeistv', 'obstin', 'targovist'];
      expect(bulgarianTerms('Услуги за деца и семейства в община Търговище.')).toEqual(expected);
      expect(bulgarianTerms('uslugi za deca i semeistva v ob6tina Targovishte')).toEqual(expected);
    });
  });

  describe('text', () => {
    it('keeps the order of the words, repeats included', () => {
      const terms = ['Родопи', 'София', 'Търговище'].map(bulgarianTerm);
      expect(bulgarianTerms('Родопи, София и Търговище')).toEqual(terms);
      expect(bulgarianTerms('Търговище – София – Родопи')).toEqual([...terms].reverse());
      expect(bulgarianTerms('деца, деца!')).toEqual(['det', 'det']);
    });

    it.each(['', '   ', '\n\t', '!?.,:;–—…', '«»"\'()[]{}', '\u0000\u0000'])(
      'gives no terms for %j',
      (text) => {
        expect(bulgarianTerms(text)).toEqual([]);
      },
    );

    it('splits on NUL and punctuation and gives only letters and digits (safe in a tsquery)', () => {
      const terms = bulgarianTerms("деца\u0000семейства&!|:*'()<-> www.obmen.bg/proekti?id=12");
      expect(terms).toEqual(['det', 'semeistv', 'vvv', 'obmn', 'bg', 'proekt', 'id', '12']);
      for (const term of terms) expect(term).toMatch(/^[\p{L}\p{N}]+$/u);
    });

    it('handles 100 KB of text in one pass', () => {
      const sentence = 'Социалните услуги за деца и възрастни хора в община Търговище, 2024 г. ';
      const text = sentence.repeat(Math.ceil(100_000 / sentence.length));
      const perSentence = bulgarianTerms(sentence);
      expect(bulgarianTerms(text)).toHaveLength((perSentence.length * text.length) / sentence.length);
      // One 100 KB "word" (base64, a pasted hash) is not a word.
      expect(bulgarianTerms('щ'.repeat(100_000))).toEqual([]);
    });
  });

  describe('foldWord, the unstemmed skeleton', () => {
    it.each([
      ['Търговище', 'targoviste'],
      ['Targovishte', 'targoviste'],
      ['децата', 'decata'],
      ['qbalka', 'yabalka'],
      ['4italishte', 'chitaliste'],
      ['Sofiya', 'sofia'],
      ['ЩЕРЕВ', 'sterev'],
    ])('%s → %s', (word, skeleton) => expect(foldWord(word)).toBe(skeleton));

    it('leaves the informal "u" for ъ to trigram matching: one letter apart, not the same term', () => {
      expect(foldWord('turgovishte')).toBe('turgoviste');
      expect(bulgarianTerm('turgovishte')).not.toBe(bulgarianTerm('Търговище'));
    });
  });
});
