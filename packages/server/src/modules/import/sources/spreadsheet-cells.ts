import type { ImplementationStatusDraft, OrganizationDraft, SourceProblem } from '../import.types';
import { type DateText, parseNumericDate } from './dates-text';
import {
  type AmountText,
  type CurrencyCode,
  currencyOf,
  parseAmountText,
  parsePercentText,
} from './money-text';

/**
 * One CSV row's cells, read by their column's type. Every cell that cannot be read becomes an error
 * naming the row (its line in the file) and the column.
 */

type OrganizationKind = NonNullable<OrganizationDraft['kind']>;

const ORGANIZATION_KINDS: Readonly<Record<string, OrganizationKind>> = {
  нпо: 'NGO',
  сдружение: 'NGO',
  снц: 'NGO',
  ngo: 'NGO',
  association: 'NGO',
  община: 'MUNICIPALITY',
  municipality: 'MUNICIPALITY',
  фондация: 'FOUNDATION',
  foundation: 'FOUNDATION',
  донор: 'FUNDER',
  'финансираща организация': 'FUNDER',
  funder: 'FUNDER',
  'държавна институция': 'PUBLIC_AGENCY',
  'публична институция': 'PUBLIC_AGENCY',
  public_agency: 'PUBLIC_AGENCY',
  'public agency': 'PUBLIC_AGENCY',
  академична: 'ACADEMIC',
  университет: 'ACADEMIC',
  academic: 'ACADEMIC',
  бизнес: 'BUSINESS',
  фирма: 'BUSINESS',
  business: 'BUSINESS',
};

const STATUSES: Readonly<Record<string, ImplementationStatusDraft>> = {
  договориран: 'CONTRACTED',
  contracted: 'CONTRACTED',
  'в изпълнение': 'ONGOING',
  ongoing: 'ONGOING',
  'in progress': 'ONGOING',
  приключен: 'COMPLETED',
  completed: 'COMPLETED',
  прекратен: 'TERMINATED',
  terminated: 'TERMINATED',
};

const enumKey = (value: string): string => value.toLocaleLowerCase('bg').replace(/\s+/g, ' ').trim();

export class RowReader {
  readonly problems: SourceProblem[] = [];

  constructor(
    private readonly cells: ReadonlyMap<string, string>,
    private readonly line: number,
  ) {}

  fail(column: string, reason: string, message: string, value?: string): void {
    this.problems.push({
      reason,
      message: `Row ${this.line}, column ${column}: ${message}`,
      args: value === undefined ? { row: this.line, column } : { row: this.line, column, value },
      severity: 'error',
    });
  }

  warn(column: string, reason: string, message: string): void {
    this.problems.push({
      reason,
      message: `Row ${this.line}, column ${column}: ${message}`,
      args: { row: this.line, column },
      severity: 'warning',
    });
  }

  /** The cell, trimmed; undefined when empty or absent. */
  raw(column: string): string | undefined {
    const value = this.cells.get(column)?.trim();
    return value ? value : undefined;
  }

  text(column: string): string | undefined {
    return this.raw(column)?.replace(/\s+/g, ' ');
  }

  /** Running text keeps its line breaks (paragraphs). */
  longText(column: string): string | undefined {
    return this.raw(column)?.replace(/\r\n?/g, '\n');
  }

  /** One item per line, or separated by `|`; list markers dropped. */
  lines(column: string): string[] {
    return (this.raw(column) ?? '')
      .split(/\r?\n|\|/)
      .map((item) => item.replace(/^\s*(?:[•\-*–—❖▪●]|\d{1,2}[.)])\s*/u, '').trim())
      .filter(Boolean);
  }

  date(column: string): DateText | undefined {
    const value = this.raw(column);
    if (!value) return undefined;
    const date = parseNumericDate(value);
    if (!date) this.fail(column, 'badDate', `"${value}" is not a date (YYYY-MM-DD or dd.mm.yyyy)`, value);
    return date ?? undefined;
  }

  amount(column: string): AmountText | undefined {
    const value = this.raw(column);
    if (!value) return undefined;
    const amount = parseAmountText(value);
    if (!amount)
      this.fail(column, 'badAmount', `"${value}" is not an amount (199994.17 or 199 994,17)`, value);
    return amount ?? undefined;
  }

  currency(column: string): CurrencyCode | undefined {
    const value = this.raw(column);
    if (!value) return undefined;
    const currency = /^(?:BGN|EUR|лв\.?|лева|евро|€)$/iu.test(value) ? currencyOf(value) : undefined;
    if (!currency) this.fail(column, 'badCurrency', `"${value}" is not BGN or EUR`, value);
    return currency;
  }

  percent(column: string): string | undefined {
    const value = this.raw(column);
    if (!value) return undefined;
    const percent = parsePercentText(value);
    if (!percent) this.fail(column, 'badPercent', `"${value}" is not a percentage (0–100)`, value);
    return percent ?? undefined;
  }

  /** Names or NSI codes separated by `|` or `,`, as written: the engine matches them. */
  places(column: string): string[] {
    return (this.raw(column) ?? '')
      .split(/[|,]/)
      .map((p) => p.trim())
      .filter(Boolean);
  }

  organizationKind(column: string): OrganizationKind | undefined {
    return this.choice(column, ORGANIZATION_KINDS, 'organization kind');
  }

  status(column: string): ImplementationStatusDraft | undefined {
    return this.choice(column, STATUSES, 'status');
  }

  url(column: string): string | undefined {
    const value = this.raw(column);
    if (value && !/^https?:\/\/[^\s/]+\.[^\s]*$/i.test(value)) {
      this.fail(column, 'badUrl', `"${value}" is not an http(s) address`, value);
      return undefined;
    }
    return value;
  }

  email(column: string): string | undefined {
    const value = this.raw(column);
    if (value && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
      this.fail(column, 'badEmail', `"${value}" is not an e-mail address`, value);
      return undefined;
    }
    return value;
  }

  private choice<T>(column: string, table: Readonly<Record<string, T>>, what: string): T | undefined {
    const value = this.raw(column);
    if (!value) return undefined;
    const found = table[enumKey(value)] ?? table[value.toLowerCase()];
    if (found === undefined) this.fail(column, 'badValue', `"${value}" is no ${what} Obmen knows`, value);
    return found;
  }
}
