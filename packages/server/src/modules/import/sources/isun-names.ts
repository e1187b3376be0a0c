import { loadReferenceData } from '../../geography';
import type { OrganizationDraft } from '../import.types';

/**
 * Organization names as registers write them (`ОБЩИНА МОНТАНА`, `СДРУЖЕНИЕ "ЗА НАШИТЕ ДЕЦА"`) in
 * normal case: Bulgarian spelling capitalizes a name's first word, the first word inside its quotes
 * and proper names, so `Община Монтана`, `Сдружение "За нашите деца"`; place names are recognized
 * from the geography reference (`Община Стара Загора`), legal-form and other abbreviations stay
 * capitals (ЕООД, СНЦ, ДСП…). A personal name inside quotes (ЕТ "ИВАН ПЕТРОВ") cannot be told from
 * words and comes out `ЕТ "Иван петров"`: the user corrects it once; re-imports match by name.
 */

const ABBREVIATIONS = new Set([
  'НПО',
  'ЕООД',
  'ООД',
  'ЕТ',
  'АД',
  'ЕАД',
  'КД',
  'КДА',
  'СД',
  'СНЦ',
  'ЮЛНЦ',
  'ДСП',
  'НЧ',
  'ОУ',
  'СУ',
  'ПГ',
  'ДГ',
  'ЦСРИ',
  'ЦНСТ',
  'ЦОП',
  'ДПС',
  'БЧК',
  'НСО',
  'ЕС',
  'ЕИП',
  'НБУ',
  'БАН',
  'МТСП',
  'АСП',
  'АЗ',
  'ДАЗД',
  'NGO',
  'EOOD',
  'OOD',
  'ET',
  'AD',
  'EAD',
  'JSC',
  'LTD',
  'EU',
]);

// English words a title keeps in lower case when not first.
const EN_MINOR = new Set(['of', 'and', 'for', 'the', 'in', 'on', 'at', 'to', 'a', 'an', 'with', 'by']);

let placeNames: Map<string, string> | undefined;
/** Lower-case place names (one to three words) → their official spelling. */
function places(): Map<string, string> {
  if (placeNames) return placeNames;
  const data = loadReferenceData();
  const names = [...data.municipalities.map((m) => m.nameBg), ...data.districts.map((d) => d.nameBg)];
  placeNames = new Map(names.map((n) => [n.toLocaleLowerCase('bg'), n]));
  return placeNames;
}

const capitalize = (word: string): string =>
  word.charAt(0).toLocaleUpperCase('bg') + word.slice(1).toLocaleLowerCase('bg');

/** True when a name has letters and none of them is lower case (a register's capitals). */
export function isUpperCaseName(name: string): boolean {
  return /\p{L}/u.test(name) && !/\p{Ll}/u.test(name);
}

/** A register's upper-case name in normal case; any other name as written. */
export function normalCaseName(name: string, lang: 'bg' | 'en'): string {
  const text = name.replace(/\s+/g, ' ').trim();
  if (!isUpperCaseName(text)) return text;
  // Words with what precedes them (spaces, quotes, dashes), so the separators stay as written.
  const tokens = [...text.matchAll(/([^\p{L}\p{N}]*)([\p{L}\p{N}]+)/gu)].map((m) => ({
    sep: m[1],
    word: m[2],
  }));
  const tail = text.slice(tokens.reduce((n, t) => n + t.sep.length + t.word.length, 0));
  const out = tokens.map((t) => t.word.toLocaleLowerCase('bg'));
  for (let i = 0; i < tokens.length; i++) {
    const { sep, word } = tokens[i];
    if (ABBREVIATIONS.has(word) || /\d/.test(word)) {
      out[i] = word;
      continue;
    }
    const opensQuote = /[„“"«']$/.test(sep);
    const first = i === 0 || opensQuote;
    if (lang === 'en') {
      out[i] = first || !EN_MINOR.has(out[i]) ? capitalize(word) : out[i];
      continue;
    }
    if (first) out[i] = capitalize(word);
    // Place names of up to three words, longest first ("СТАРА ЗАГОРА" → "Стара Загора").
    for (let n = Math.min(3, tokens.length - i); n >= 1; n--) {
      const words = out.slice(i, i + n).map((w) => w.toLocaleLowerCase('bg'));
      const spaced = tokens.slice(i + 1, i + n).every((t) => /^[\s-]+$/.test(t.sep));
      const official = spaced ? places().get(words.join(' ')) : undefined;
      if (!official) continue;
      official.split(' ').forEach((part, k) => (out[i + k] = part));
      i += n - 1;
      break;
    }
  }
  return tokens.map((t, i) => t.sep + out[i]).join('') + tail;
}

/** What a name says about its organization's kind; undefined when it does not say. */
export function organizationKindOf(name: string): OrganizationDraft['kind'] {
  const lower = name.toLocaleLowerCase('bg');
  const has = (word: string): boolean => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u').test(lower);
  if (has('община') || has('municipality')) return 'MUNICIPALITY';
  if (has('фондация') || has('foundation')) return 'FOUNDATION';
  if (has('сдружение') || has('снц') || has('association')) return 'NGO';
  return undefined;
}
