/*
 * Plain text as saved from a web page, made into Obmen's paragraphs: blank lines (also lines of
 * only spaces or no-break spaces) separate paragraphs, lines inside a paragraph stay lines, runs of
 * spaces become one ("1.               Подобряване" → "1. Подобряване"). Nothing else is changed:
 * an imported text is the source's, typos included.
 */

const SPACES = /[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+/g;

/** One line with its spaces normalized, trimmed. */
export function cleanLine(line: string): string {
  return line.replace(SPACES, ' ').trim();
}

/** Lines → paragraphs joined by a blank line; empty when there is no text at all. */
export function paragraphs(lines: readonly string[]): string {
  const out: string[][] = [[]];
  for (const raw of lines) {
    const line = cleanLine(raw);
    if (line) out[out.length - 1].push(line);
    else if (out[out.length - 1].length) out.push([]);
  }
  return out
    .filter((p) => p.length)
    .map((p) => p.join('\n'))
    .join('\n\n');
}

/** Latin letters that look Cyrillic, as they slip into Bulgarian words ("Търговищe"). */
const LOOKALIKES: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
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
};

/**
 * Replaces Latin look-alike letters inside words that are otherwise Cyrillic: a search for
 * "Търговище" must find a text that was typed with a Latin "e". Latin words stay as they are.
 */
export function fixLookalikes(text: string): string {
  return text.replace(/[\p{L}]+/gu, (word) =>
    /\p{Script=Cyrillic}/u.test(word) && /[a-zA-Z]/.test(word)
      ? word.replace(/[a-zA-Z]/g, (ch) => LOOKALIKES[ch] ?? ch)
      : word,
  );
}
