import { domainToASCII, domainToUnicode } from 'node:url';

/**
 * What shows nothing on screen: white space, format characters (soft hyphen, zero-width space,
 * non-joiner and joiner, word joiner, byte order mark…) and the other default-ignorable code
 * points (variation selectors, Hangul fillers).
 */
const INVISIBLE = /[\s\p{Cf}\p{Default_Ignorable_Code_Point}]/gu;
const COMBINING_MARKS = /\p{M}/gu;
/** Half of a UTF-16 pair without the other half: not text, and validators throw on it. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Cyrillic and Greek letters that pass for a Latin one in an address bar, as pairs of the
 * letter and the Latin one it passes for (in lower case, as identities are). Both cases are
 * listed because a capital and its small letter can resemble different letters (Η is H, η is n).
 * Kept to letters that look alike in common fonts. Latin letters and digits are never mapped to
 * one another (m/rn, l/1, 0/O): those are different addresses that people really have.
 */
const LOOK_ALIKES = new Map(
  [
    // Cyrillic capitals, then small letters (в к м н т are small capitals B K M H T)
    'Аa Вb Еe Кk Мm Нh Оo Рp Сc Тt Уy Хx Ѕs Іi Јj Ӏi Ԛq Ԝw',
    'аa вb еe кk мm нh оo рp сc тt уy хx ѕs іi јj ӏl һh ԁd ԛq ԝw',
    // Greek capitals, then small letters
    'Αa Βb Εe Ζz Ηh Ιi Κk Μm Νn Οo Ρp Τt Υy Χx',
    'αa ιi κk ηn νv οo ρp υu χx ϲc ϳj',
    // Latin letters that NFKC leaves alone: dotless i, alpha, script g
    'ıi ɑa ɡg',
  ]
    .join(' ')
    .split(' ')
    .map((pair) => [pair[0], pair[1]] as const),
);
const LOOK_ALIKE = new RegExp(`[${[...LOOK_ALIKES.keys()].join('')}]`, 'g');

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** The address as its owner meant it: compatibility forms (fullwidth, ＠) folded, nothing invisible. */
export function cleanEmail(email: string): string {
  return email.normalize('NFKC').replace(INVISIBLE, '');
}

/** Letters only: no invisible characters, no accents, no look-alikes, lower case. */
function fold(text: string): string {
  return cleanEmail(text)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .normalize('NFC')
    .replace(LOOK_ALIKE, (letter) => LOOK_ALIKES.get(letter) ?? letter)
    .toLowerCase();
}

/** A punycode domain is read as the letters it shows, folded, then written back as punycode. */
function domainIdentity(domain: string): string {
  const folded = fold(domainToUnicode(domain) || domain);
  return domainToASCII(folded) || folded;
}

/**
 * Who an address belongs to, for telling the same person apart: every comparison of
 * submitters' emails (duplicate nominations, the per-email limit, unblocking by email) goes
 * through this. Two spellings that a reader could not tell apart on screen give the same
 * identity; so do case, a `+tag` and spaces. Dots are kept: only some providers ignore them.
 */
export function emailIdentity(email: string): string {
  const folded = fold(email);
  const at = folded.lastIndexOf('@');
  if (at < 0) return folded;
  return `${folded.slice(0, at).split('+')[0]}@${domainIdentity(folded.slice(at + 1))}`;
}
