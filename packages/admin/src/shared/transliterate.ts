/**
 * Bulgarian Cyrillic to Latin by the Transliteration Act (Закон за транслитерацията), the
 * spelling official Latin names use: "Пловдив" → "Plovdiv", "София" → "Sofia".
 */
const LETTERS: Record<string, string> = {
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
};

function matchCase(latin: string, original: string): string {
  if (original === original.toLowerCase()) return latin;
  return latin.charAt(0).toUpperCase() + latin.slice(1);
}

export function transliterate(text: string): string {
  // "ия" ending a word is "ia" (София → Sofia), everywhere else "iya".
  return text.replace(/[иИ][яЯ](?![\p{L}])|[\p{Script=Cyrillic}]/gu, (match) => {
    if (match.length === 2) return matchCase('ia', match);
    const latin = LETTERS[match.toLowerCase()];
    return latin === undefined ? match : matchCase(latin, match);
  });
}

/** Lower case, transliterated, without accents and extra spaces: how search compares text. */
export function searchKey(text: string): string {
  return transliterate(text.toLocaleLowerCase('bg'))
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}
