/**
 * Search terms for Bulgarian text, whether written in Cyrillic or in Latin, officially or informally
 * ("шльокавица"): a query and a document that mean the same word give the same term. The terms are
 * meant for a PostgreSQL tsvector/tsquery with the 'simple' configuration (no stemming of its own), with
 * pg_trgm over foldWord() for typos. They are computed here in Node, so PGlite and PostgreSQL index
 * exactly the same terms, and a light stemmer rather than hunspell means no dictionary files to ship or
 * to install in either database.
 *
 * Per word:
 *  1. lower case (bg), č/š/ž as ch/sh/zh, NFKD without combining marks (й keeps its breve: it is a
 *     letter of its own, "y" in the Act, not an accented и);
 *  2. in a Latin word, a digit 4 is "ch" and 6 is "sh" (informal ч and ш: "4italishte");
 *  3. Cyrillic → Latin by the Transliteration Act (transliterate from @obmen/shared);
 *  4. informal Latin spellings folded into one skeleton (FOLDS below);
 *  5. a light stemmer over the skeleton (STEPS below), so a Latin query and a Cyrillic text stem alike.
 *
 * Stemmer: J. Savoy's light stemmer for Bulgarian ("Searching strategies for the Bulgarian language",
 * Information Retrieval 10, 2007), the one Lucene ships, with its rules rewritten over the skeleton and
 * its lengths counted in Bulgarian letters (zh, ch, sh, ya, yu are one letter each). It strips the
 * definite article, then a plural ending, then one final vowel, and undoes the fleeting vowel
 * (социален → социалн-, център → центр-). Changes to it, each because of the skeleton or a word the
 * issue needs:
 *  - "-та" is an article only after a vowel or т/в/л (децата, дейността, любовта), not in проекта or
 *    карта; and since "-та" is stripped where it is a noun's own (работа → rab-), a final "t" after a
 *    vowel goes too (работи, бюджет, бюджета → rab-, byudzh-);
 *  - "ът" is "at" in the skeleton, like a noun's own "-ат", so both go (резултатът, резултат →
 *    rezult-); the cost is that a noun in "-ат" meets one in "-а" (формат and форма share "form");
 *  - adjectives in -ски/-ска/-ско lose the suffix (градски → grad, морски → mor), and -тски becomes -т
 *    (детски → det), since ц is "c" and т+с is "ts" → "c" too;
 *  - -ие is stripped like -ия, after the article (обучение, обучения, обучението), and -ии (акции,
 *    пенсии) like -и; -то and -те are articles only after a vowel (читалище is "chitaliste");
 *  - Savoy's -ци → -к and -си → -х are left out (they broke улици, болници, адреси, процеси); instead a
 *    stem's final к after a vowel is ц (ученик, ученици; урок, уроци);
 *  - his -зи → -г only after "lo"/"go" (психолози, педагози), as most -зи plurals come from -за
 *    (диагнози, кризи); his -е.и → -я. is left out (one Cyrillic letter may be two Latin ones here);
 *  - an exception map (IRREGULAR) for forms no suffix rule can join (деца → дете, дни → ден).
 * Not done: vowel alternations (място/места, бряг/брегове) and derivation (софийски is not София).
 * A light stemmer over-stems and under-stems a little; pg_trgm on the skeleton covers what it misses.
 */
import { transliterate } from './transliteration';

/**
 * Longer "words" are not Bulgarian words (hashes, base64, run-together URLs): left out, as PostgreSQL's
 * own parser leaves out over-long words, and so that no term comes near a tsvector lexeme's size limit.
 */
const MAX_WORD_LENGTH = 64;

// Scholarly (ISO 9) Latin writes ч, ш, ж with a háček; NFKD would leave a bare c/s/z, which is ц, с, з.
const HACEK: Readonly<Record<string, string>> = { č: 'ch', š: 'sh', ž: 'zh' };

/**
 * Informal Latin spellings → one skeleton, in this order. The canonical spelling is the Act's, except
 * where the Act's has an informal short form that cannot be expanded back: щ is "st" (writers drop the
 * h, and "st" could also be с+т), ц is "c" (one letter like the Cyrillic, so the stemmer's letter
 * counts hold; c means nothing else in Bulgarian Latin), and й before a consonant is "i" (below).
 */
const FOLDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/w/g, 'v'], // в (German-style w)
  [/x/g, 'h'], // х (looks like the Cyrillic letter)
  [/q/g, 'ya'], // я (looks like it)
  // ж: informal writers use j for ж ("jena", "jalba"), so "ja"/"ju" are жа/жу here, never the
  // German-style я/ю ("jabalka" is not folded to ябълка).
  [/j/g, 'zh'],
  [/kh/g, 'h'], // х (English-style)
  [/sht/g, 'st'], // щ, also "6t"
  // ц: "ts" before "h" is т+ш (отшумя), not ц+х; "tz" is the older German-style ц (Tzvetan).
  [/t[sz](?!h)/g, 'c'],
  [/iu/g, 'yu'], // ю ("liubov"); и+у hardly occurs inside a word
  // ъ is "a" by the Act. The informal "u" for ъ ("turgovishte") is not folded: u is also у (тук, ум),
  // so "u" → "a" would merge words; such queries are left to pg_trgm on the skeleton.
  // Word-final ия is "ia" by the Act (Art. 5: София → Sofia); "sofiya" and "sofiq" fold to it.
  [/iya$/, 'ia'],
  // Inside a word я is "ya" (място → myasto); "ia" and "iya" there are informal я or ия, and the
  // few words told apart only by я/ия (Мариана, Марияна) may meet.
  [/iy?a(?!$)/g, 'ya'],
  // й: informal writers type "i" where no vowel follows (krai, semeistvo, zdravei), where the Act has
  // "y"; the two cannot be confused there, as я/ю/йо keep their "y" before the vowel. Merges only
  // forms that differ in й/и: герой/герои, трамвай/трамваи.
  [/y(?![aeiou])/g, 'i'],
];

// Bulgarian function words, folded like any word so Latin "na", "za", "i" are stop words too.
const STOP_WORDS_CYRILLIC = `
  а аз ако без бил била били било бъде бъдат в вас вече ви все всеки всички всичко във вие го да до
  дори е един една едно за защо защото и или им има й ѝ как както като какво който когато което които
  кой която към ли ме между много може му на над най не ни ние но няма от още по под пред преди през
  пак при с са се си след сме само също със сте съм та така там тази те тези ти то това този той тук тя
  тях че ще я`;

const STOP_WORDS: ReadonlySet<string> = new Set(STOP_WORDS_CYRILLIC.trim().split(/\s+/).map(foldWord));

/** Bulgarian letters in the skeleton: the digraphs of one Cyrillic letter count once. */
const letters = (skeleton: string): number => skeleton.replace(/zh|ch|sh|ya|yu/g, '_').length;

/** A suffix (anchored at the end), what replaces it, and how many letters must stay before it. */
type Rule = readonly [suffix: RegExp, replacement: string, minStem: number];

const ending = (suffix: string, replacement = '', minStem = 4): Rule => [
  new RegExp(`${suffix}$`),
  replacement,
  minStem,
];

/**
 * "-та" is an article after a vowel (децата, работата) and after the consonants a feminine noun ends
 * in (дейността, любовта, солта); after other consonants it is a noun's own "т" and its short article
 * or ending (проекта, специалиста, карта), which must keep the "t".
 */
const ARTICLE_TA = '(?<=[aeiouytvl])ta';

/** Each step applies its first rule that matches and leaves a long enough stem, or none. */
const STEPS: ReadonlyArray<ReadonlyArray<Rule>> = [
  // Definite article: -ят/-ият (the inner "iya" is already "ya"), -ия, -ът, -та, and -то/-те, which
  // follow a vowel (not the "-ште" of читалище, which is "-ste" here).
  [
    ending('yat', '', 3),
    ending('ia'),
    ending('at'),
    ending(ARTICLE_TA),
    ending('(?<=[aeiou])to'),
    ending('(?<=[aeiou])te'),
  ],
  // Plural: -ове, -еве (краеве: край is "krai", see FOLDS), -овци → -о, -лози/-гози → -лог/-гог, -ии, -та, -и; and the noun ending
  // -ие, here so that it goes after an article too (обучението). Three letters may stay before -ове and
  // -и (домове, жени), one fewer than Savoy's, as short nouns are common in this domain.
  [
    ending('ovci', 'o', 3),
    ending('ove', '', 3),
    ending('eve', '', 3),
    ending('lozi', 'log', 2),
    ending('gozi', 'gog', 2),
    ending('ie'),
    ending('ii'),
    ending(ARTICLE_TA),
    ending('i', '', 3),
  ],
  // A final "t" after a vowel, because "-та" is stripped as an article: бюджет, бюджета, бюджети; also
  // a noun's own "-ат" after "-ът" went (резултат, резултатът, резултати).
  [ending('(?<=[aeiou])t')],
  // One final vowel: -я, -а, -о, -е.
  [ending('ya', '', 3), ending('a', '', 3), ending('o', '', 3), ending('e', '', 3)],
  // Adjectives in -ски (the -и/-а/-о is gone by now): -тск- → -т, -ск- → nothing.
  [ending('ck', 't', 2), ending('sk', '', 3)],
  // к before the plural's и is ц (ученик/ученици): a final к after a vowel is ц.
  [ending('(?<=[aeiou])k', 'c')],
  // Fleeting е: социален/социални, месец/месеци.
  [ending('e([nc])', '$1', 3)],
  // Fleeting ъ (which is "a" here): център/центрове. Not the "a" of "ya" (я never drops).
  [ending('(?<!y)a([bcdfghklmnprstvz])', '$1')],
];

function applyStep(stem: string, rules: ReadonlyArray<Rule>): string {
  for (const [suffix, replacement, minStem] of rules) {
    const match = suffix.exec(stem);
    if (match && letters(stem.slice(0, match.index)) >= minStem) return stem.replace(suffix, replacement);
  }
  return stem;
}

const stemSkeleton = (skeleton: string): string => STEPS.reduce(applyStep, skeleton);

/**
 * Irregular forms no suffix rule joins, as [base, ...forms] in Cyrillic; each form's stem is replaced by
 * the base's. България is the Act's own exception (Art. 6: Bulgaria, not Balgaria), so its stem would
 * otherwise miss български.
 */
const IRREGULAR_CYRILLIC: ReadonlyArray<readonly string[]> = [
  ['дете', 'деца'],
  ['ден', 'дни'],
  ['български', 'България'],
];

const IRREGULAR: ReadonlyMap<string, string> = new Map(
  IRREGULAR_CYRILLIC.flatMap(([base, ...forms]) =>
    forms.map((form) => [stemSkeleton(foldWord(form)), stemSkeleton(foldWord(base))] as const),
  ),
);

/** Informal ч/ш as 4/6 only in a Latin word with two letters and a vowel, and not in a number (A4, mp4, x64). */
function informalDigits(word: string): string {
  if (/\p{Script=Cyrillic}/u.test(word) || !/[a-z].*[a-z]/.test(word) || !/[aeiouy]/.test(word)) return word;
  return word.replace(/(?<!\d)[46](?!\d)/g, (digit) => (digit === '4' ? 'ch' : 'sh'));
}

/** The folded, unstemmed form of a word ("skeleton"), for highlighting and trigram matching. */
export function foldWord(word: string): string {
  const plain = word
    .toLocaleLowerCase('bg')
    .normalize('NFC')
    .replace(/[čšž]/g, (letter) => HACEK[letter])
    .normalize('NFKD')
    // Every combining mark but the breve of й, which NFC puts back together below.
    .replace(/(?<!и)\u0306|[^\P{M}\u0306]/gu, '')
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]/gu, '');
  return FOLDS.reduce((text, [from, to]) => text.replace(from, to), transliterate(informalDigits(plain)));
}

/** One word → its term (or null for a stop word / empty). Same function bulgarianTerms applies per word. */
export function bulgarianTerm(word: string): string | null {
  if (word.length > MAX_WORD_LENGTH) return null;
  const skeleton = foldWord(word);
  if (skeleton === '' || STOP_WORDS.has(skeleton)) return null;
  const stem = stemSkeleton(skeleton);
  return IRREGULAR.get(stem) ?? stem;
}

// Letters, digits and the marks of decomposed letters make up a word; a soft hyphen or a zero-width
// character inside one (text pasted from a PDF or Word) does not split it.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;

/** Terms of a Bulgarian text for the index, in order, stop words left out. */
export function bulgarianTerms(text: string): string[] {
  const terms: string[] = [];
  for (const [word] of text.replace(INVISIBLE, '').matchAll(WORD)) {
    const term = bulgarianTerm(word);
    if (term !== null) terms.push(term);
  }
  return terms;
}
