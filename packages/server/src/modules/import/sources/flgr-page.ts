import { cleanLine } from './text-blocks';

/*
 * The parts of a saved FLGR practice page ("Иновационни практики в България"): everything the
 * site prints around a practice (its header, the nomination form, the footer) is dropped by
 * name; what is left is the title, the municipality line, three sections, the contact block and
 * the page's facts (innovator, publication date, nominations, address).
 */

export type PageLanguage = 'bg' | 'en';

export interface FlgrPage {
  lang: PageLanguage;
  url?: string;
  title?: string;
  municipalityLine?: string;
  background: string[];
  practice: string[];
  results: string[];
  /** The lines between the results and the page's facts: organization and contacts. */
  contact: string[];
  innovator?: string;
  /** As written, e.g. "25 май 2015". */
  published?: string;
  nominations?: number;
}

const HEADINGS: Record<string, { section: 'background' | 'practice' | 'results'; lang: PageLanguage }> = {
  предистория: { section: 'background', lang: 'bg' },
  практика: { section: 'practice', lang: 'bg' },
  резултати: { section: 'results', lang: 'bg' },
  background: { section: 'background', lang: 'en' },
  practice: { section: 'practice', lang: 'en' },
  results: { section: 'results', lang: 'en' },
};

/** Lines the site prints on every page, in both languages (compared lower-cased). */
const CHROME = new Set(
  [
    'Foundation for Local Government Reform',
    'Фондация за реформа в местното самоуправление',
    'Иновационни практики в България',
    'Innovative practices in Bulgaria',
    'Обмен на иновации за развитие на местното самоуправление',
    'Exchange of innovations for local self-government development',
    'назад',
    'back',
    'Номинирай',
    '[Номинирай]',
    'Nominate',
    '[Nominate]',
    'Verification Code',
    'Въведете кода от картинката тук:',
    'Enter the code from the image here:',
    'Ако не виждате кода добре, натиснете върху картинката, за да видите нов',
    'Valid XHTML 1.0 Transitional',
    '-',
    'Tel:',
    'Fax:',
  ].map((line) => line.toLowerCase()),
);
const FOOTER = /^(Разпечатано от сайта|Printed from|Сайт, разработен|Developed by|www\.nimasystems\.com)/i;

const FACTS: { pattern: RegExp; take(page: FlgrPage, value: string): void }[] = [
  { pattern: /^(Иноватор|Innovator):\s*(.*)$/i, take: (p, v) => (p.innovator = v || undefined) },
  {
    pattern: /^(Дата на публикация|Publication Date|Date of publication):\s*(.*)$/i,
    take: (p, v) => (p.published = v || undefined),
  },
  {
    pattern: /^(Номинации|Nominations):\s*(\d+)\s*$/i,
    take: (p, v) => (p.nominations = Number(v)),
  },
];

const MUNICIPALITY_LINE = /^(Общини|Община|Municipalities|Municipality)\s*:/i;
const ADDRESS = /^(https?:\/\/\S*(flgr\.bg|inovacii|innovations)\S*)$/i;

/** Splits a saved page; `lang` forces the language when the headings do not tell it. */
export function readFlgrPage(text: string, lang?: PageLanguage): FlgrPage {
  const page: FlgrPage = { lang: lang ?? 'bg', background: [], practice: [], results: [], contact: [] };
  let part: 'head' | 'background' | 'practice' | 'results' | 'tail' = 'head';
  let headingLang: PageLanguage | undefined;
  const tail: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = cleanLine(raw);
    const lower = line.toLowerCase();
    if (CHROME.has(lower) || FOOTER.test(line)) continue;
    if (ADDRESS.test(line) && !page.url) {
      page.url = line;
      continue;
    }
    const heading = HEADINGS[lower];
    if (heading && (part === 'head' || ['background', 'practice'].includes(part))) {
      part = heading.section;
      headingLang ??= heading.lang;
      continue;
    }
    const fact = FACTS.find((f) => f.pattern.test(line));
    if (fact) {
      fact.take(page, fact.pattern.exec(line)![2].trim());
      part = 'tail';
      continue;
    }
    if (part === 'head') {
      if (!line) continue;
      if (MUNICIPALITY_LINE.test(line)) page.municipalityLine = line.replace(MUNICIPALITY_LINE, '').trim();
      else page.title ??= line;
    } else if (part === 'tail') {
      // After the facts the page repeats the innovator's name and its empty contact labels.
      continue;
    } else {
      (part === 'results' ? tail : page[part]).push(raw);
    }
  }
  page.lang = lang ?? headingLang ?? page.lang;
  splitContact(tail, page);
  return page;
}

const CONTACT_START = /^(За контакти|Контакти|Контакт|Contacts?|Contact person)\s*:/i;

/**
 * The results section runs into the organization's name and its contacts: they start at the line
 * before "За контакти:" (the organization) or, without that label, at the first line that looks
 * like a contact (a phone, an address of the web).
 */
function splitContact(lines: string[], page: FlgrPage): void {
  const labelled = lines.findIndex((line) => CONTACT_START.test(cleanLine(line)));
  let start = labelled;
  if (labelled > 0) {
    // The organization's name: the last non-empty line before the label.
    let before = labelled - 1;
    while (before >= 0 && !cleanLine(lines[before])) before--;
    if (before >= 0 && isNameLine(cleanLine(lines[before]))) start = before;
  }
  if (start < 0) {
    page.results = lines;
    return;
  }
  page.results = lines.slice(0, start);
  page.contact = lines.slice(start).map(cleanLine).filter(Boolean);
}

/** A short line that is not a sentence: an organization's name rather than the end of a text. */
const isNameLine = (line: string): boolean => line.length <= 150 && !/[.!?;:]$/.test(line);
