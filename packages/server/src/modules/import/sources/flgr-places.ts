/*
 * Where a practice ran, when its page has no municipality line: the municipalities its text names
 * ("Община Родопи", "в община Родопи", "Търговищка община", "общините Хисар, Кричим и Съединение")
 * and whole districts ("петте общини на област Търговище"). Only names the text gives are
 * collected; the engine matches them to NSI codes and reports what matches nothing or several.
 */

const NAME = '[А-ЯЁ][а-яё]+(?:[- ][А-ЯЁ][а-яё]+)?';
const NUMBER_WORDS: Record<string, number> = {
  двете: 2,
  трите: 3,
  четирите: 4,
  петте: 5,
  шестте: 6,
  седемте: 7,
  осемте: 8,
  деветте: 9,
  десетте: 10,
  две: 2,
  три: 3,
  четири: 4,
  пет: 5,
  шест: 6,
  седем: 7,
  осем: 8,
  девет: 9,
  десет: 10,
};

/** "Община X" / "община X" (not "общината", not "общински"). */
const ONE = new RegExp(`(?:^|[^\\p{L}])[Оо]бщина\\s+(${NAME})`, 'gu');
/** "Търговищка община": the adjective form names the municipality of the same name. */
const ADJECTIVE = new RegExp(
  `(${NAME.slice(0, NAME.indexOf('(?:'))}(?:ска|цка|шка|ишка|ка))\\s+община(?![\\p{L}])`,
  'gu',
);
/** "общините Хисар, Кричим и Съединение". */
const LIST = new RegExp(`[Оо]бщините\\s+(${NAME}(?:\\s*,\\s*${NAME})*\\s+и\\s+${NAME})`, 'gu');
/** "петте общини на област Търговище", "всички общини в област X". */
const DISTRICT = new RegExp(
  `(?:(\\d+|${Object.keys(NUMBER_WORDS).join('|')}|всички(?:те)?)\\s+)?общини(?:те)?\\s+(?:на|в|от)\\s+област\\s+(${NAME})`,
  'giu',
);

export interface PlaceMentions {
  places: string[];
  districts: { name: string; count?: number }[];
}

export function placeMentions(text: string): PlaceMentions {
  const places = new Set<string>();
  const districts = new Map<string, number | undefined>();
  for (const match of text.matchAll(ONE)) places.add(`Община ${match[1]}`);
  for (const match of text.matchAll(ADJECTIVE)) places.add(`${match[1]} община`);
  for (const match of text.matchAll(LIST)) {
    match[1].split(/\s*,\s*|\s+и\s+/).forEach((name) => places.add(`Община ${name}`));
  }
  for (const match of text.matchAll(DISTRICT)) {
    const quantity = match[1]?.toLowerCase();
    // "общини в област X" without a quantity may mean some of them: only a whole district counts.
    if (!quantity) continue;
    const count = /^\d+$/.test(quantity) ? Number(quantity) : NUMBER_WORDS[quantity];
    districts.set(match[2], count);
  }
  return {
    places: [...places],
    districts: [...districts].map(([name, count]) => (count ? { name, count } : { name })),
  };
}
