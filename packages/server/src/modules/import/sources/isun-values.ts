import type { ImplementationStatusDraft, SourceProblem } from '../import.types';
import { type DateText, parseDateText } from './dates-text';
import { type IsunField, type IsunLang, ISUN_LABELS, ISUN_STATUSES } from './isun-labels';
import type { IsunPage } from './isun-page';
import { type AmountText, parseAmountText, parsePercentText } from './money-text';

/*
 * One ИСУН/UMIS page's values read and checked (dates, amounts, places, texts), before the pages
 * of a project's two languages are merged into one draft (isun.ts).
 */

export type MoneyField = 'budget' | 'grant' | 'selfFinance' | 'totalPaid';
export const MONEY_FIELDS: readonly MoneyField[] = ['budget', 'grant', 'selfFinance', 'totalPaid'];

/** What one page says, read but not yet merged with the page in the other language. */
export interface PageData {
  page: IsunPage;
  number: string;
  texts: { title?: string; summary?: string; beneficiary?: string; programme?: string; fund?: string };
  activities?: string[];
  /** Language-neutral values: the two pages must agree on them. */
  facts: {
    contractNumber?: string;
    contractDate?: string;
    from?: DateText;
    to?: DateText;
    status?: ImplementationStatusDraft;
    euSharePercent?: string;
    places?: string[];
  } & Partial<Record<MoneyField, AmountText>>;
  problems: SourceProblem[];
}

export const problem = (
  severity: SourceProblem['severity'],
  reason: string,
  message: string,
  args: Record<string, string | number> = {},
): SourceProblem => ({ reason, message, args, severity });

export const labelOf = (field: IsunField, lang: IsunLang): string => ISUN_LABELS[field][lang][0];

// "[перифразирано] " and the like at the start of a value, and "(...)" where an excerpt ended.
const EDITORIAL_MARK = /^(?:\s*\[[^\]\n]{1,40}\])+\s*/u;
const EXCERPT_MARK = /\s*\((?:\.\.\.|…)\)\s*/g;

function clean(text: string): string {
  return text
    .replace(EDITORIAL_MARK, '')
    .replace(EXCERPT_MARK, ' ')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Running text: lines of a paragraph joined by spaces, paragraphs by a blank line. */
function prose(lines: string[]): string {
  const paragraphs = lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => clean(p.replace(/\n/g, ' ')));
  return paragraphs.filter(Boolean).join('\n\n');
}

const BULLET = /^(?:[•\-*–—❖▪●◦·]|\d{1,2}[.)])\s*/u;

function items(lines: string[]): string[] {
  return lines.map((l) => clean(l.replace(BULLET, ''))).filter(Boolean);
}

// ИСУН paths run country > NUTS1 > region (NUTS2) > district > municipality.
const COUNTRY = /^(?:българия|bulgaria)$/iu;
const LEVEL_NAMES = ['the country', 'a part of the country', 'a region', 'a district'];

/** `БЪЛГАРИЯ > … > Монтана > Монтана` → `Монтана > Монтана` (district > municipality). */
function readPlaces(data: PageData, lines: string[], line: number): string[] {
  const places: string[] = [];
  for (const item of lines
    .flatMap((l) => l.split(';'))
    .map((s) => s.trim())
    .filter(Boolean)) {
    const levels = item
      .split('>')
      .map((s) => s.trim())
      .filter(Boolean);
    if (COUNTRY.test(levels[0] ?? '') && levels.length < 5) {
      data.problems.push(
        problem(
          'warning',
          'placeNotMunicipality',
          `Line ${line}: "${item}" names ${LEVEL_NAMES[levels.length - 1]}, no municipality`,
          {
            place: item,
            line,
          },
        ),
      );
      continue;
    }
    places.push(levels.length >= 2 ? levels.slice(-2).join(' > ') : item);
  }
  return places;
}

function readDate(data: PageData, field: IsunField, value: string, line: number): DateText | undefined {
  const date = parseDateText(value);
  if (!date) {
    data.problems.push(
      problem(
        'error',
        'badDate',
        `Line ${line}: "${value}" is not a date (${labelOf(field, data.page.lang)})`,
        {
          field,
          value,
          line,
        },
      ),
    );
  }
  return date ?? undefined;
}

function readAmount(data: PageData, field: MoneyField, value: string, line: number): void {
  const amount = parseAmountText(value);
  if (amount) data.facts[field] = amount;
  else {
    data.problems.push(
      problem(
        'error',
        'badAmount',
        `Line ${line}: "${value}" is not an amount (${labelOf(field, data.page.lang)})`,
        {
          field,
          value,
          line,
        },
      ),
    );
  }
}

/** Interprets one page's values; what it cannot read becomes a problem. */
export function interpret(page: IsunPage): PageData | { refused: SourceProblem[] } {
  const text = (field: IsunField): string | undefined => {
    const v = page.values.get(field);
    const s = v ? clean(v.lines.join(' ')) : '';
    return s || undefined;
  };
  const number = text('referenceNumber');
  if (page.values.size === 0) {
    return {
      refused: [problem('error', 'notIsunPage', 'No ИСУН/UMIS label found: this is not a project page')],
    };
  }
  if (!number) {
    const label = labelOf('referenceNumber', page.lang);
    return {
      refused: [
        problem(
          'error',
          'missingReference',
          `No "${label}": a project needs its register number for re-imports`,
          {
            label,
          },
        ),
      ],
    };
  }
  const data: PageData = { page, number, texts: {}, facts: {}, problems: [...page.problems] };
  const { texts, facts } = data;
  for (const [field, { lines, line }] of page.values) {
    const value = clean(lines.join(' '));
    switch (field) {
      case 'title':
      case 'beneficiary':
        if (value) texts[field] = value;
        break;
      case 'summary':
        if (prose(lines)) texts.summary = prose(lines);
        break;
      case 'activities':
        data.activities = items(lines);
        break;
      case 'funding': {
        const [fund, ...programme] = value.split(/\s*=+>\s*/);
        if (fund) texts.fund = fund;
        if (programme.length) texts.programme = programme.join(' – ');
        break;
      }
      case 'contractNumber':
        if (value) facts.contractNumber = value;
        break;
      case 'contractDate':
        facts.contractDate = value ? readDate(data, field, value, line)?.date : undefined;
        break;
      case 'startDate':
        facts.from = value ? readDate(data, field, value, line) : undefined;
        break;
      case 'endDate':
        facts.to = value ? readDate(data, field, value, line) : undefined;
        break;
      case 'status':
        facts.status = ISUN_STATUSES[value.toLocaleLowerCase('bg')];
        if (value && !facts.status) {
          data.problems.push(
            problem('warning', 'unknownStatus', `Line ${line}: status "${value}" is not one Obmen knows`, {
              value,
              line,
            }),
          );
        }
        break;
      case 'places':
        facts.places = readPlaces(data, lines, line);
        break;
      case 'euSharePercent':
        if (!value) break;
        facts.euSharePercent = parsePercentText(value) ?? undefined;
        if (!facts.euSharePercent) {
          data.problems.push(
            problem('error', 'badPercent', `Line ${line}: "${value}" is not a percentage`, { value, line }),
          );
        }
        break;
      case 'budget':
      case 'grant':
      case 'selfFinance':
      case 'totalPaid':
        if (value) readAmount(data, field, value, line);
        break;
      case 'referenceNumber':
        break;
    }
  }
  return data;
}
