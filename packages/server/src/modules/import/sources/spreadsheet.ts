import { parse } from 'csv-parse/sync';
import type { LocalizedText } from '../../../common/localized';
import type {
  ContactDraft,
  MoneyDraft,
  OrganizationRecordDraft,
  ParsedSources,
  PeriodDraft,
  PracticeDraft,
  ProjectDraft,
  RecordDraft,
  SourceFile,
  SourceProblem,
} from '../import.types';
import { periodFrom } from './dates-text';
import { RowReader } from './spreadsheet-cells';
import {
  ownColumns,
  SPREADSHEET_COLUMNS,
  SPREADSHEET_KINDS,
  type SpreadsheetKind,
} from './spreadsheet-columns';

export { SPREADSHEET_COLUMNS, spreadsheetTemplate, type SpreadsheetKind } from './spreadsheet-columns';

/**
 * Spreadsheets (kind `csv`): organizations, practices or projects, one per row, in the column sets of
 * SPREADSHEET_COLUMNS. UTF-8 with or without a BOM; `;` or `,` (whichever the header line has more of);
 * quoted cells may hold line breaks. The header says the kind (kindOfHeader).
 */

const fileProblem = (
  reason: string,
  message: string,
  args: Record<string, string | number> = {},
): SourceProblem => ({
  reason,
  message,
  args,
  severity: 'error',
});

/** `;` or `,`: whichever the header line (outside quotes) has more of; `,` when neither. */
function delimiterOf(text: string): ';' | ',' {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const count = (ch: string): number => header.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/**
 * The kind a header is: of the kinds whose required columns it has all of, the one with most columns
 * no other kind has (organization: name_bg…; practice: background_bg, practice_bg, results_bg,
 * innovator…; project: budget, funder, status…); the only such kind if there is one. Otherwise the
 * header is unrecognizable or ambiguous: a problem naming the expected columns.
 */
export function kindOfHeader(header: readonly string[]): SpreadsheetKind | SourceProblem {
  const has = new Set(header);
  const fits = SPREADSHEET_KINDS.filter((k) =>
    SPREADSHEET_COLUMNS[k].every((c) => !c.required || has.has(c.name)),
  );
  const scored = fits.map((kind) => ({ kind, score: ownColumns(kind).filter((c) => has.has(c)).length }));
  const best = Math.max(0, ...scored.map((s) => s.score));
  const winners = scored.filter((s) => s.score === best);
  if (winners.length === 1) return winners[0].kind;
  const expected = SPREADSHEET_KINDS.map(
    (k) =>
      `${k}: ${SPREADSHEET_COLUMNS[k]
        .filter((c) => c.required)
        .map((c) => c.name)
        .join(', ')} + any of ${ownColumns(k).slice(0, 4).join(', ')}`,
  ).join('; ');
  return fits.length === 0
    ? fileProblem('unknownHeader', `The header is no known column set (${expected})`, { expected })
    : fileProblem(
        'ambiguousHeader',
        `The header fits ${fits.join(' and ')}: add a column only one of them has (${expected})`,
        {
          expected,
        },
      );
}

const localized = (bg: string | undefined, en: string | undefined): LocalizedText | undefined =>
  bg ? (en ? { bg, en } : { bg }) : undefined;

/** Leaves out absent values, so a draft holds only what the row gave. */
const defined = <T extends object>(draft: T): T =>
  Object.fromEntries(Object.entries(draft).filter(([, v]) => v !== undefined)) as T;

function contactOf(row: RowReader): ContactDraft | undefined {
  const contact = defined<ContactDraft>({
    person: row.text('contact_person'),
    address: row.text('address'),
    phone: row.text('phone'),
    email: row.email('email'),
    website: row.url('website'),
  });
  return Object.keys(contact).length ? contact : undefined;
}

function periodOf(row: RowReader): PeriodDraft | undefined {
  const from = row.date('period_from');
  const to = row.date('period_to');
  const read = periodFrom(from, to);
  if (read?.backwards)
    row.fail('period_to', 'periodOrder', `the end (${to?.date}) is before the start (${from?.date})`);
  return read?.period;
}

const MONEY_COLUMNS = [
  ['budget', 'budget'],
  ['grant', 'grant'],
  ['selfFinance', 'self_finance'],
  ['totalPaid', 'total_paid'],
] as const;

/** Amounts in the `currency` column's currency (an amount may also name its own: they must agree). */
function moneyOf(row: RowReader): Partial<Record<(typeof MONEY_COLUMNS)[number][0], MoneyDraft>> {
  const currency = row.currency('currency');
  const money: Partial<Record<(typeof MONEY_COLUMNS)[number][0], MoneyDraft>> = {};
  for (const [field, column] of MONEY_COLUMNS) {
    const amount = row.amount(column);
    if (!amount) continue;
    if (amount.currency && currency && amount.currency !== currency) {
      row.fail(
        column,
        'currencyConflict',
        `the amount is in ${amount.currency}, the currency column says ${currency}`,
      );
      continue;
    }
    const chosen = amount.currency ?? currency;
    if (!chosen) {
      if (!row.raw('currency'))
        row.fail('currency', 'missingCurrency', `${column} needs a currency (BGN or EUR)`);
      continue;
    }
    money[field] = { amount: amount.amount, currency: chosen };
  }
  return money;
}

function bilingual(row: RowReader, base: string, long = false): LocalizedText | undefined {
  const read = (column: string): string | undefined => (long ? row.longText(column) : row.text(column));
  const bg = read(`${base}_bg`);
  const en = read(`${base}_en`);
  if (en && !bg)
    row.warn(`${base}_en`, 'englishOnly', `English without Bulgarian (${base}_bg) is not imported`);
  return localized(bg, en);
}

function titleOf(row: RowReader, base: 'title' | 'name'): LocalizedText {
  const title = bilingual(row, base);
  if (!title)
    row.fail(
      `${base}_bg`,
      base === 'title' ? 'missingTitle' : 'missingName',
      'the Bulgarian text is required',
    );
  return title ?? { bg: '' };
}

type Base = { sourceKey: string; origin: string; problems: SourceProblem[] };

function organizationRow(row: RowReader, base: Base): OrganizationRecordDraft {
  const place = row.places('municipality');
  const code = place.length === 1 && /^[A-Z]{3}\d{2}$/.test(place[0]) ? place[0] : undefined;
  return {
    ...base,
    type: 'organization',
    places: place,
    organization: defined({
      name: titleOf(row, 'name'),
      kind: row.organizationKind('kind'),
      municipalityCode: code,
      description: bilingual(row, 'description', true),
      contact: contactOf(row),
    }),
  };
}

const named = (name: string | undefined) => (name ? { name: { bg: name } } : undefined);

function practiceRow(row: RowReader, base: Base): PracticeDraft {
  return defined<PracticeDraft>({
    ...base,
    type: 'practice',
    places: row.places('municipalities'),
    title: titleOf(row, 'title'),
    summary: bilingual(row, 'summary', true),
    background: bilingual(row, 'background', true),
    practice: bilingual(row, 'practice', true),
    results: bilingual(row, 'results', true),
    period: periodOf(row),
    organization: named(row.text('organization')),
    innovator: row.text('innovator'),
    contact: contactOf(row),
    sourceUrl: row.url('source_url'),
  });
}

function activitiesOf(row: RowReader): LocalizedText[] | undefined {
  const [bg, en] = [row.lines('activities_bg'), row.lines('activities_en')];
  if (en.length > bg.length) {
    row.warn(
      'activities_en',
      'activitiesMismatch',
      `${en.length} English activities for ${bg.length} Bulgarian: the extra are not imported`,
    );
  }
  return bg.length ? bg.map((item, i) => localized(item, en[i])!) : undefined;
}

function projectRow(row: RowReader, base: Base): ProjectDraft {
  const funder = row.text('funder');
  return defined<ProjectDraft>({
    ...base,
    type: 'project',
    places: row.places('municipalities'),
    title: titleOf(row, 'title'),
    summary: bilingual(row, 'summary', true),
    activities: activitiesOf(row),
    referenceNumber: row.text('reference_number'),
    contractNumber: row.text('contract_number'),
    leadOrganization: named(row.text('lead_organization')),
    funder: funder ? { name: { bg: funder }, kind: 'FUNDER' } : undefined,
    fundingProgramme: bilingual(row, 'programme'),
    contractDate: row.date('contract_date')?.date,
    period: periodOf(row),
    implementationStatus: row.status('status'),
    ...moneyOf(row),
    euSharePercent: row.percent('eu_share_percent'),
    sourceUrl: row.url('source_url'),
  });
}

const ROW_READERS: Readonly<Record<SpreadsheetKind, (row: RowReader, base: Base) => RecordDraft>> = {
  organization: organizationRow,
  practice: practiceRow,
  project: projectRow,
};

interface ParsedRecord {
  record: string[];
  info: { lines: number };
}

/** One file → its drafts, or the reason it cannot be read at all. */
function parseFile(
  file: SourceFile,
  out: ParsedSources & { warnings: NonNullable<ParsedSources['warnings']> },
): void {
  let records: ParsedRecord[];
  try {
    records = parse(file.text, {
      delimiter: delimiterOf(file.text),
      bom: true,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    out.refused.push({
      origin: line ? `${file.name}:${line}` : file.name,
      problems: [
        fileProblem(
          'badCsv',
          `Not readable as CSV${line ? ` at line ${line}` : ''}: ${(error as Error).message}`,
        ),
      ],
    });
    return;
  }
  const header = (records[0]?.record ?? []).map((h) => h.trim().toLowerCase());
  const kind = kindOfHeader(header);
  if (typeof kind !== 'string') {
    out.refused.push({ origin: file.name, problems: [kind] });
    return;
  }
  const known = new Set(SPREADSHEET_COLUMNS[kind].map((c) => c.name));
  const unknown = header.filter((h) => h && !known.has(h));
  if (unknown.length) {
    out.warnings.push({
      origin: file.name,
      problems: [
        {
          reason: 'unknownColumns',
          message: `Columns not imported: ${unknown.join(', ')} (a ${kind} file has ${[...known].join(', ')})`,
          args: { columns: unknown.join(', ') },
          severity: 'warning',
        },
      ],
    });
  }
  const seen = new Map<string, number>();
  for (const { record, info } of records.slice(1)) {
    if (record.every((cell) => !cell.trim())) continue;
    // The row's first line: the line it ends on, less the line breaks inside its quoted cells.
    const line = info.lines - record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    const origin = `${file.name}:${line}`;
    const cells = new Map(header.map((h, i) => [h, record[i] ?? '']));
    const row = new RowReader(cells, line);
    if (record.length > header.length && record.slice(header.length).some((c) => c.trim())) {
      row.fail('-', 'extraCells', `${record.length} cells under a header of ${header.length}`);
    }
    const id = row.text('id');
    const first = id === undefined ? undefined : seen.get(id);
    if (id === undefined || first !== undefined) {
      if (id === undefined)
        row.fail('id', 'missingId', 'a row needs its id: re-imports find the record by it');
      else row.fail('id', 'duplicateId', `id "${id}" is already on line ${first}`, id);
      out.refused.push({ origin, problems: row.problems });
      continue;
    }
    seen.set(id, line);
    const draft = ROW_READERS[kind](row, { sourceKey: `csv:${kind}:${id}`, origin, problems: row.problems });
    out.drafts.push(draft);
  }
}

/** Parses CSV files of organizations, practices or projects (each file one kind, told by its header). */
export function parseSpreadsheet(files: SourceFile[]): ParsedSources {
  const out = { drafts: [], refused: [], warnings: [] } as ParsedSources & {
    warnings: NonNullable<ParsedSources['warnings']>;
  };
  for (const file of files) parseFile(file, out);
  return out;
}
