import { slugify } from '../../../common/transliteration';
import type {
  OrganizationDraft,
  ParsedSources,
  PracticeDraft,
  SourceFile,
  SourceProblem,
} from '../import.types';
import { readContactBlock } from './flgr-contact';
import { type FlgrPage, type PageLanguage, readFlgrPage } from './flgr-page';
import { placeMentions } from './flgr-places';
import { parseDay, parsePeriod, sofiaMorning } from './period-text';
import { paragraphs } from './text-blocks';

/*
 * FLGR practice pages (kind `flgr`) → practice drafts. A Bulgarian page and its English
 * counterpart become one practice: paired by the page address (the same practice id) or, for
 * copies without one, by the same publication date, innovator and nomination count.
 */

interface ReadPage {
  page: FlgrPage;
  origin: string;
  texts: { background: string; practice: string; results: string };
  publishedAt?: string;
  problems: SourceProblem[];
}

const PERIOD_LABEL =
  /(Срок за реализация|Срок на изпълнение|Период на изпълнение|Практиката се реализира в периода|Период|Implementation period|Period)\s*:\s*/i;

export function parseFlgr(
  files: readonly SourceFile[],
  options: { lang?: PageLanguage } = {},
): ParsedSources {
  const result: ParsedSources = { drafts: [], refused: [] };
  const pages: ReadPage[] = [];
  for (const file of files) {
    const page = readFlgrPage(file.text, options.lang);
    const texts = {
      background: paragraphs(page.background),
      practice: paragraphs(page.practice),
      results: paragraphs(page.results),
    };
    if (!texts.background && !texts.practice && !texts.results) {
      result.refused.push({
        origin: file.name,
        problems: [
          {
            reason: 'notFlgrPage',
            message: `${file.name}: no "Предистория", "Практика" or "Резултати" section: not an FLGR practice page`,
            severity: 'error',
          },
        ],
      });
      continue;
    }
    const problems: SourceProblem[] = [];
    const published = page.published ? parseDay(page.published) : null;
    if (page.published && !published) {
      problems.push({
        reason: 'badDate',
        message: `${file.name}: the publication date "${page.published}" is not a date`,
        args: { value: page.published },
        severity: 'warning',
      });
    }
    pages.push({
      page,
      origin: file.name,
      texts,
      problems,
      ...(published && { publishedAt: sofiaMorning(published) }),
    });
  }
  for (const group of pair(pages)) result.drafts.push(draftOf(group));
  return result;
}

/** The same practice in two languages: the Bulgarian page first. */
function pair(pages: ReadPage[]): ReadPage[][] {
  const keyOf = (p: ReadPage): string =>
    p.page.url
      ? `url:${practiceAddress(p.page.url)}`
      : `facts:${p.publishedAt}|${p.page.innovator}|${p.page.nominations}`;
  const groups = new Map<string, ReadPage[]>();
  const single: ReadPage[][] = [];
  for (const page of pages) {
    const key = keyOf(page);
    const canPair = page.page.url || page.publishedAt;
    const group = canPair ? groups.get(key) : undefined;
    if (group && group.length === 1 && group[0].page.lang !== page.page.lang) group.push(page);
    else if (canPair && !group) groups.set(key, [page]);
    else single.push([page]);
  }
  return [...groups.values(), ...single].map((group) =>
    group.sort((a, b) => (a.page.lang === 'bg' ? -1 : 0) - (b.page.lang === 'bg' ? -1 : 0)),
  );
}

/** A page address without its language parameter: both languages of a practice share it. */
function practiceAddress(url: string): string {
  try {
    const parsed = new URL(url);
    for (const name of ['lang', 'language', 'l']) parsed.searchParams.delete(name);
    parsed.searchParams.sort();
    return `${parsed.host}${parsed.pathname.replace(/\/(bg|en)\//, '/')}?${parsed.searchParams}`;
  } catch {
    return url;
  }
}

function draftOf(group: ReadPage[]): PracticeDraft {
  const [first] = group;
  const bg = group.find((p) => p.page.lang === 'bg');
  const en = group.find((p) => p.page.lang === 'en');
  const origin = group.map((p) => p.origin).join(' + ');
  const problems = group.flatMap((p) => p.problems);
  if (!bg) {
    problems.push({
      reason: 'englishOnly',
      message: `${origin}: only the English page: its text is kept as the Bulgarian text too until one is given`,
      severity: 'warning',
    });
  }
  const main = bg ?? first;
  const text = (field: 'background' | 'practice' | 'results') => {
    const value = { bg: main.texts[field], ...(en && en !== main && { en: en.texts[field] }) };
    return value.bg || value.en ? value : undefined;
  };
  const contact = readContactBlock(main.page.contact, main.origin);
  problems.push(...contact.problems);
  const allText = [main.texts.background, main.texts.practice, main.texts.results].join('\n\n');
  const places = placesOf(main, allText, problems);
  const title = titleOf(group, main, problems);
  const organization = organizationOf(contact.organization, places.places, problems, origin);
  // Its seat: the town its address starts with ("Търговище, ул. …"), when that names a municipality.
  const town = contact.contact.address?.split(',')[0].trim();
  if (organization && !organization.placeName && town) organization.placeName = town;
  if (organization && contact.organization) organization.contact = contact.contact;
  const period = periodOf(allText);
  return {
    type: 'practice',
    sourceKey: sourceKeyOf(main, title.bg),
    origin,
    title,
    ...(text('background') && { background: text('background') }),
    ...(text('practice') && { practice: text('practice') }),
    ...(text('results') && { results: text('results') }),
    ...(period && { period }),
    ...(organization && { organization }),
    ...(main.page.innovator && { innovator: main.page.innovator }),
    ...(Object.keys(contact.contact).length && { contact: contact.contact }),
    ...(main.publishedAt && { publishedAt: main.publishedAt }),
    ...(main.page.url && { sourceUrl: main.page.url }),
    places: places.places,
    ...(places.districts.length && { districts: places.districts }),
    problems,
  };
}

function sourceKeyOf(page: ReadPage, title: string): string {
  if (page.page.url) return `flgr:${practiceAddress(page.page.url)}`;
  // Without an address: the publication date and the opening words, which an edit rarely touches.
  const opening = slugify(page.texts.background || page.texts.practice || title, 60);
  return `flgr:${page.publishedAt?.slice(0, 10) ?? 'undated'}:${opening}`;
}

function titleOf(group: ReadPage[], main: ReadPage, problems: SourceProblem[]): { bg: string; en?: string } {
  const en = group.find((p) => p.page.lang === 'en' && p !== main)?.page.title;
  if (main.page.title) return { bg: main.page.title, ...(en && { en }) };
  // Saved copies often lose the title line; a practice needs one, so the opening sentence stands in.
  const opening = (main.texts.background || main.texts.practice || main.texts.results).split(
    /(?<=[.!?])\s/,
  )[0];
  const derived = shorten(opening.replace(/\s+/g, ' '), 120);
  problems.push({
    reason: 'titleDerived',
    message: `${main.origin}: the page has no title line; the title is the opening sentence — give it a title`,
    args: { title: derived },
    severity: 'warning',
  });
  return { bg: derived, ...(en && { en }) };
}

const shorten = (text: string, max: number): string =>
  text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max - 1))}…`;

function placesOf(page: ReadPage, allText: string, problems: SourceProblem[]) {
  if (page.page.municipalityLine) {
    return { places: page.page.municipalityLine.split(/\s*[,;]\s*|\s+и\s+/).filter(Boolean), districts: [] };
  }
  const found = placeMentions(allText);
  if (found.places.length || found.districts.length) {
    const named = [...found.places, ...found.districts.map((d) => `област ${d.name}`)].join(', ');
    problems.push({
      reason: 'placesFromText',
      message: `${page.origin}: no municipality line; the municipalities are those the text names: ${named}`,
      args: { places: named },
      severity: 'warning',
    });
  } else {
    problems.push({
      reason: 'noPlace',
      message: `${page.origin}: no municipality line and the text names none`,
      severity: 'warning',
    });
  }
  return found;
}

/**
 * The innovator organization: the contact block's; a page without one whose practice ran in one
 * municipality is that municipality's own (the FLGR catalogue is of municipal practices).
 */
function organizationOf(
  named: string | undefined,
  places: string[],
  problems: SourceProblem[],
  origin: string,
): OrganizationDraft | undefined {
  if (named) {
    const isMunicipality = /^Община\s/i.test(named);
    return {
      name: { bg: named },
      kind: isMunicipality ? 'MUNICIPALITY' : 'NGO',
      ...(isMunicipality && { placeName: named }),
    };
  }
  const own = places.length === 1 && /^Община\s/.exec(places[0]);
  if (!own) return undefined;
  problems.push({
    reason: 'organizationInferred',
    message: `${origin}: no organization on the page; taken to be ${places[0]}, where the practice ran`,
    args: { organization: places[0] },
    severity: 'warning',
  });
  return { name: { bg: places[0] }, kind: 'MUNICIPALITY', placeName: places[0] };
}

/** The practice's period: after a label such as "Срок за реализация:" in its text. */
function periodOf(text: string) {
  for (const line of text.split('\n')) {
    const label = PERIOD_LABEL.exec(line);
    if (!label) continue;
    const period = parsePeriod(line.slice(label.index + label[0].length));
    if (period) return period;
  }
  return undefined;
}
