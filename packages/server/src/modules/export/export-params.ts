import {
  coerceInputValue,
  type GraphQLField,
  getNamedType,
  isEnumType,
  isListType,
  isNonNullType,
} from 'graphql';
import { fieldError, Reason } from '../../common/errors';

export type ExportFormatName = 'csv' | 'json' | 'ndjson';

/** CSV's field separator: `;` by default (what Excel expects where the decimal mark is a comma, as in Bulgaria). */
export const SEPARATORS = [';', ','] as const;
export type Separator = (typeof SEPARATORS)[number];

export interface ExportParams {
  /** The list's arguments by name, as the caller gave them (coerced by graphql-js when run). */
  variables: Record<string, unknown>;
  separator: Separator;
}

/** The export pages through the whole list itself. */
const PAGE_ARGS = new Set(['first', 'last', 'after', 'before']);

/**
 * A query-string value as the argument's value: a text, an id or an enum value as it is
 * (`order=DESC`), anything else as JSON (`filter={"search":"ранна"}`, `years=[2020]`).
 */
function valueOf(name: string, raw: string, field: GraphQLField<unknown, unknown>): unknown {
  const arg = field.args.find((a) => a.name === name)!;
  const type = isNonNullType(arg.type) ? arg.type.ofType : arg.type;
  const named = getNamedType(type);
  if (!isListType(type) && (isEnumType(named) || named.name === 'String' || named.name === 'ID')) return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    throw fieldError(name, `${name} must be JSON, e.g. ${name}={"search":"…"}`, Reason.invalid);
  }
}

/** The value checked against the argument's GraphQL type, each problem named as graphql-js words it. */
function checked(name: string, value: unknown, field: GraphQLField<unknown, unknown>): unknown {
  const arg = field.args.find((a) => a.name === name)!;
  const problems: string[] = [];
  coerceInputValue(value, arg.type, (path, _invalid, error) => {
    problems.push(path.length ? `${path.join('.')}: ${error.message}` : error.message);
  });
  if (problems.length) throw fieldError(name, `Invalid ${name}: ${problems.join('; ')}`, Reason.invalid);
  return value;
}

/**
 * The export's query string: the list's own arguments by the same names, plus `separator` for
 * CSV, and nothing else. Anything unknown is refused by name, so a misspelt filter never exports
 * the whole list unfiltered.
 */
export function readExportParams(
  query: Record<string, unknown>,
  field: GraphQLField<unknown, unknown>,
  format: ExportFormatName,
): ExportParams {
  const variables: Record<string, unknown> = {};
  let separator: Separator = ';';
  for (const [name, given] of Object.entries(query)) {
    if (typeof given !== 'string') throw fieldError(name, `${name} is given more than once`, Reason.invalid);
    if (name === 'separator' && format === 'csv') {
      if (!(SEPARATORS as readonly string[]).includes(given)) {
        throw fieldError(name, 'separator is ; (the default) or ,', Reason.invalid);
      }
      separator = given as Separator;
    } else if (PAGE_ARGS.has(name)) {
      throw fieldError(name, `The export reads the whole list: leave out ${name}`, Reason.invalid);
    } else if (name === 'locale') {
      throw fieldError(name, 'The export has both languages as columns: leave out locale', Reason.invalid);
    } else if (field.args.some((a) => a.name === name)) {
      variables[name] = checked(name, valueOf(name, given, field), field);
    } else {
      throw fieldError(name, `Unknown parameter ${name}`, Reason.invalid);
    }
  }
  return { variables, separator };
}
