/**
 * Bulgarian → Latin transliteration per the Transliteration Act (Закон за транслитерацията, ДВ бр. 19/2009),
 * the "Streamlined System" also used by NSI/EKATTE for official Latin place names.
 * See shared/data/bg-transliteration.md (beside the repository) for the law's table and exceptions.
 */

// Art. 4 table, lowercase only; uppercase input is derived so the two cases can never drift apart.
// Letter combinations (дж → dzh, дз → dz, ьо/йо → yo) fall out of the per-letter values, so they need no rules.
const LETTERS: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sht',
  ъ: 'a',
  ь: 'y',
  ю: 'yu',
  я: 'ya',
  // Not in the law's table, but standard Bulgarian orthography (the accented pronoun "ѝ").
  ѝ: 'i',
};

// Art. 6: the state name keeps its traditional spelling. Only the exact word, in any letter case.
const STATE_NAME = /(?<!\p{L})българия(?!\p{L})/giu;

const isLetter = (ch: string | undefined): boolean => ch !== undefined && /\p{L}/u.test(ch);
const isUpper = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string | undefined): boolean =>
  ch !== undefined && ch !== ch.toUpperCase() && ch === ch.toLowerCase();

function applyCase(latin: string, prev: string | undefined, next: string | undefined): string {
  // A capital in an all-caps word (ЩЕРЕВ → SHTEREV) is upper-cased in full; otherwise only the first
  // letter is (Щерев → Shterev, and initials like "Ж." → "Zh.").
  const allCaps = isUpper(next) || (!isLower(next) && isUpper(prev));
  return allCaps ? latin.toUpperCase() : latin[0].toUpperCase() + latin.slice(1);
}

function matchCase(latin: string, source: string): string {
  if (source === source.toUpperCase()) return latin.toUpperCase();
  if (source === source.toLowerCase()) return latin.toLowerCase();
  return latin[0].toUpperCase() + latin.slice(1).toLowerCase();
}

export function transliterate(text: string): string {
  // NFC so that "й" typed as и + combining breve is still one table entry.
  const chars = Array.from(text.normalize('NFC').replace(STATE_NAME, (word) => matchCase('bulgaria', word)));
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const lower = ch.toLowerCase();
    let latin = LETTERS[lower];
    if (latin === undefined) {
      out += ch;
      continue;
    }
    // Art. 5: word-final "ия" → "ia" (София → Sofia), but Марияна → Mariyana.
    if (lower === 'я' && chars[i - 1]?.toLowerCase() === 'и' && !isLetter(chars[i + 1])) {
      latin = 'a';
    }
    out += ch === lower ? latin : applyCase(latin, chars[i - 1], chars[i + 1]);
  }
  return out;
}

export function slugify(text: string, maxLength = 80): string {
  const slug = transliterate(text)
    // Fold Latin diacritics (Café → cafe) instead of turning them into separators.
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, Math.max(0, maxLength)).replace(/-+$/, '');
}

/** Lower case, transliterated, without accents and extra spaces: how the admin's search compares text. */
export function searchKey(text: string): string {
  return transliterate(text.toLocaleLowerCase('bg'))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
