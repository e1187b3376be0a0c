import { foldWord } from '../../common/search-text';
import { loadReferenceData, type ReferenceData } from '../geography';

/**
 * Place names as sources write them → NSI municipality codes, for the import engine. A name that
 * matches nothing, or several municipalities, is reported with its candidates: never guessed.
 *
 * Names are compared as folded Latin skeletons (common/search-text.ts foldWord, word by word), so
 * Cyrillic, the official transliteration, English names and informal Latin ("Targoviste",
 * "Kardjali", "Sofiya", "Turgovishte") meet on one key.
 */

export type PlaceMatch =
  { code: string } | { reason: 'unknownPlace' | 'ambiguousPlace'; message: string; candidates?: string[] };

/** Lookup tables built once from the geography reference data (buildPlaceReference). */
export interface PlaceReference {
  /** Official names, aliases and their Latin forms → municipality codes. */
  names: Map<string, Set<string>>;
  /** Adjectival forms (Търговищка) → codes; consulted only when no name matches. */
  adjectives: Map<string, Set<string>>;
  /** District names (and adjectives) → district codes; `looseDistricts` for "София" = the capital too. */
  districts: Map<string, Set<string>>;
  looseDistricts: Map<string, Set<string>>;
  districtOf: Map<string, string>;
  municipalitiesOf: Map<string, string[]>;
  label: Map<string, string>;
}

// Latin letters that look like Cyrillic ones, as they slip into Cyrillic words ("Търговищe").
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  A: 'А',
  B: 'В',
  C: 'С',
  E: 'Е',
  H: 'Н',
  K: 'К',
  M: 'М',
  O: 'О',
  P: 'Р',
  T: 'Т',
  X: 'Х',
  Y: 'У',
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
};

/** In a word that has Cyrillic letters, Latin look-alikes become Cyrillic; ё is е. */
function fixLookAlikes(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) =>
    /\p{Script=Cyrillic}/u.test(word) ? word.replace(/[A-Za-z]/g, (ch) => LOOK_ALIKES[ch] ?? ch) : word,
  );
}

function tidy(text: string): string {
  return fixLookAlikes(text.normalize('NFC'))
    .toLocaleLowerCase('bg')
    .replace(/ё/g, 'е')
    .replace(/ѝ/g, 'и')
    .replace(/[„“”"«»']/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The comparison key of an already tidied name: folded words, hyphens and spaces alike. */
function keyOf(tidied: string): string {
  return tidied
    .split(/[\s\-–—]+/)
    .map(foldWord)
    .filter(Boolean)
    .join(' ');
}

const VILLAGE = /^(?:с\.|село\s|s\.|selo\s|village\s+of\s)/u;
const DISTRICT_WORD = /(?<!\p{L})(?:област(?:та)?|обл\.|district|oblast|province|region)(?!\p{L})/u;
const DISTRICT_WORDS = new RegExp(DISTRICT_WORD.source, 'gu');
const MUNICIPALITY_WORDS =
  /(?<!\p{L})(?:municipality\s+of|municipality|obshtina|общината|община|общ\.)(?!\p{L})/gu;
const TOWN_PREFIX = /^(?:гр\.|град(?!\p{L})|gr\.|grad(?!\p{L})|town\s+of(?!\p{L})|city\s+of(?!\p{L}))\s*/u;

function stripMunicipality(tidied: string): string {
  let s = tidied.replace(MUNICIPALITY_WORDS, ' ').replace(/\s+/g, ' ').trim();
  let prev: string;
  do {
    prev = s;
    s = s.replace(TOWN_PREFIX, '').trim();
  } while (s !== prev);
  return s;
}

// Adjectives no regular ending gives (Враца → врачанска), and compound names.
const IRREGULAR_ADJECTIVES: Readonly<Record<string, string>> = {
  Враца: 'врачанска',
  Русе: 'русенска',
  Варна: 'варненска',
  Силистра: 'силистренска',
  Кърджали: 'кърджалийска',
  Своге: 'свогенска',
  'Стара Загора': 'старозагорска',
  'Нова Загора': 'новозагорска',
  'Велико Търново': 'великотърновска',
  'Малко Търново': 'малкотърновска',
  'Горна Оряховица': 'горнооряховска',
  'Гоце Делчев': 'гоцеделчевска',
  'Бяла Слатина': 'белослатинска',
  София: 'софийска',
};

/**
 * Feminine adjective of a one-word place name by the regular endings: a final vowel goes, then
 * к/ч/ш → -шка (Перник → пернишка, Ловеч → ловешка), ч also → -чка (Петрич → петричка), щ → -щка
 * (Търговище → търговищка), г → -жка (Разлог → разложка), ц → -цка, с → -ка (Бургас → бургаска),
 * anything else → -ска (Монтана → монтанска, Сливен → сливенска).
 */
export function adjectivesOf(name: string): string[] {
  if (IRREGULAR_ADJECTIVES[name]) return [IRREGULAR_ADJECTIVES[name]];
  const word = name.toLocaleLowerCase('bg');
  if (!/^\p{Script=Cyrillic}+$/u.test(word)) return [];
  const stem = word.replace(/[аоеиуяюъ]$/u, '');
  const last = stem.slice(-1);
  const head = stem.slice(0, -1);
  switch (last) {
    case 'к':
    case 'ш':
      return [`${head}шка`];
    case 'ч':
      return [`${head}шка`, `${stem}ка`];
    case 'щ':
    case 'ц':
      return [`${stem}ка`];
    case 'г':
      return [`${head}жка`];
    case 'с':
      return [`${stem}ка`];
    default:
      return [`${stem}ска`];
  }
}

/**
 * The capital's district is officially "София (столица)" but is also written "София-град", "Sofia City"
 * or plain "София" (which is officially the province around it, SFO): loose names, used only to qualify
 * a municipality ("София > Столична"), never to name the district alone.
 */
const LOOSE_DISTRICT_NAMES: Readonly<Record<string, readonly string[]>> = {
  SOF: ['София', 'София-град', 'Sofia City', 'Столична'],
};

function add(map: Map<string, Set<string>>, key: string, code: string): void {
  if (!key) return;
  const set = map.get(key) ?? new Set<string>();
  set.add(code);
  map.set(key, set);
}

/** Cyrillic name → its keys: as written, and with ъ read as "u" (informal Latin: Turgovishte). */
const nameKeys = (name: string): string[] => {
  const tidied = tidy(name);
  return [keyOf(tidied), keyOf(tidied.replace(/ъ/g, 'у'))];
};

/** Adjective keys with and without the article (търговищка, търговищката). */
const adjectiveKeys = (name: string): string[] =>
  adjectivesOf(name).flatMap((a) => [keyOf(a), keyOf(`${a}та`)]);

export function buildPlaceReference(data: ReferenceData = loadReferenceData()): PlaceReference {
  const ref: PlaceReference = {
    names: new Map(),
    adjectives: new Map(),
    districts: new Map(),
    looseDistricts: new Map(),
    districtOf: new Map(),
    municipalitiesOf: new Map(),
    label: new Map(),
  };
  const districtName = new Map(data.districts.map((d) => [d.code, d.nameBg]));
  for (const m of data.municipalities) {
    for (const name of [m.nameBg, m.nameEn, ...m.aliases]) {
      for (const key of nameKeys(name)) add(ref.names, key, m.code);
    }
    for (const key of adjectiveKeys(m.nameBg)) add(ref.adjectives, key, m.code);
    ref.districtOf.set(m.code, m.districtCode);
    ref.municipalitiesOf.set(m.districtCode, [...(ref.municipalitiesOf.get(m.districtCode) ?? []), m.code]);
    ref.label.set(m.code, `${m.nameBg} (${districtName.get(m.districtCode) ?? m.districtCode}, ${m.code})`);
  }
  for (const d of data.districts) {
    for (const name of [d.nameBg, d.nameEn]) {
      for (const key of nameKeys(name)) add(ref.districts, key, d.code);
    }
    for (const key of adjectiveKeys(d.nameBg)) add(ref.districts, key, d.code);
    for (const name of LOOSE_DISTRICT_NAMES[d.code] ?? []) {
      for (const key of nameKeys(name)) add(ref.looseDistricts, key, d.code);
    }
  }
  return ref;
}

let defaultReference: PlaceReference | undefined;
const reference = (): PlaceReference => (defaultReference ??= buildPlaceReference());

const NSI_CODE = /^[A-Z]{3}\d{2}$/;

function lookupDistricts(name: string, ref: PlaceReference, loose: boolean): Set<string> {
  const key = keyOf(tidy(name).replace(DISTRICT_WORDS, ' '));
  const exact = ref.districts.get(key) ?? new Set<string>();
  if (!loose) return exact;
  return new Set([...exact, ...(ref.looseDistricts.get(key) ?? [])]);
}

function lookupMunicipalities(tidied: string, ref: PlaceReference): Set<string> {
  const key = keyOf(stripMunicipality(tidied));
  if (!key) return new Set();
  return ref.names.get(key) ?? ref.adjectives.get(key) ?? new Set();
}

const unknown = (message: string): PlaceMatch => ({ reason: 'unknownPlace', message });

function resolve(name: string, found: Set<string>, ref: PlaceReference, qualifier?: string): PlaceMatch {
  const codes = [...found].sort();
  if (codes.length === 1) return { code: codes[0] };
  if (codes.length === 0) {
    return unknown(
      qualifier
        ? `"${name}" is not a municipality of district "${qualifier}"`
        : `"${name}" matches no municipality`,
    );
  }
  const labels = codes.map((c) => ref.label.get(c) ?? c).join(', ');
  return {
    reason: 'ambiguousPlace',
    candidates: codes,
    message: `"${name}" matches ${codes.length} municipalities: ${labels}; write it as "District > Municipality"`,
  };
}

/**
 * One place name → a municipality code, or why not. Accepts `Община X`, `общ. X`, `гр. X`, `град X`,
 * `Municipality of X`, `X Municipality`, informal names and Latin spellings, adjectives
 * (`Търговищка община`), NSI codes (`TGV35`) and ИСУН's `District > Municipality` (the last two levels
 * of a longer path), which also settles names several municipalities share (Бяла). Villages (`с. X`)
 * and districts (`област X`) are not municipalities.
 */
export function matchPlace(name: string, ref: PlaceReference = reference()): PlaceMatch {
  const written = name.trim();
  if (NSI_CODE.test(written)) {
    return ref.districtOf.has(written)
      ? { code: written }
      : unknown(`"${written}" is no NSI municipality code`);
  }
  const levels = written
    .split('>')
    .map((part) => part.trim())
    .filter(Boolean);
  if (levels.length >= 2) {
    const [districtPart, municipalityPart] = levels.slice(-2);
    const districts = lookupDistricts(districtPart, ref, true);
    if (districts.size === 0) return unknown(`"${districtPart}" (in "${written}") matches no district`);
    const inDistricts = new Set([...districts].flatMap((d) => ref.municipalitiesOf.get(d) ?? []));
    const found = [...lookupMunicipalities(tidy(municipalityPart), ref)].filter((c) => inDistricts.has(c));
    return resolve(municipalityPart, new Set(found), ref, districtPart);
  }
  const tidied = tidy(written);
  if (!tidied) return unknown('An empty place name');
  if (VILLAGE.test(tidied)) {
    return unknown(`"${written}" is a village, not a municipality: name its municipality instead`);
  }
  if (DISTRICT_WORD.test(tidied)) {
    return unknown(`"${written}" is a district, not a municipality: name its municipalities instead`);
  }
  return resolve(written, lookupMunicipalities(tidied, ref), ref);
}

/**
 * Codes of a district's municipalities ("област Търговище", "Търговищка област", "Targovishte"),
 * in NSI order; [] when the name is no district (or the capital's and the province's are both meant).
 */
export function districtMunicipalities(districtName: string, ref: PlaceReference = reference()): string[] {
  let districts = lookupDistricts(districtName, ref, false);
  if (districts.size === 0) districts = lookupDistricts(districtName, ref, true);
  if (districts.size !== 1) return [];
  return [...(ref.municipalitiesOf.get([...districts][0]) ?? [])].sort();
}
