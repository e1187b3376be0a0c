/**
 * Reading the server's errors. Apollo Client 4 wraps GraphQL errors in CombinedGraphQLErrors
 * (`.errors`); a non-2xx answer that is not GraphQL comes as ServerError (`.bodyText`). These
 * helpers look at the shape only, so they work with either and are easy to test.
 */

import { i18n } from '../i18n';
import type { HistoryField } from './section';

export interface ServerErrorEntry {
  message: string;
  extensions?: Record<string, unknown>;
}

/** Codes the server sends in `extensions.code`. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'INTERNAL_SERVER_ERROR'
  | (string & {});

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function entries(value: unknown): ServerErrorEntry[] {
  if (!Array.isArray(value)) return [];
  return value.filter((e): e is ServerErrorEntry => isRecord(e) && typeof e.message === 'string');
}

/** The GraphQL errors inside whatever Apollo Client (or fetch) threw. */
export function graphQLErrors(error: unknown): ServerErrorEntry[] {
  if (!isRecord(error)) return [];
  if (Array.isArray(error.errors)) return entries(error.errors);
  if (Array.isArray(error.graphQLErrors)) return entries(error.graphQLErrors);
  if (typeof error.bodyText === 'string') {
    try {
      const body: unknown = JSON.parse(error.bodyText);
      return isRecord(body) ? entries(body.errors) : [];
    } catch {
      return [];
    }
  }
  return [];
}

export function errorCodes(error: unknown): ErrorCode[] {
  return graphQLErrors(error)
    .map((e) => e.extensions?.code)
    .filter((code): code is string => typeof code === 'string');
}

export function hasErrorCode(error: unknown, code: ErrorCode): boolean {
  return errorCodes(error).includes(code);
}

/** No GraphQL answer at all: the server could not be reached or answered something else. */
export function isNetworkError(error: unknown): boolean {
  if (!isRecord(error) || graphQLErrors(error).length) return false;
  const name = typeof error.name === 'string' ? error.name : '';
  return (
    name === 'TypeError' || name === 'ServerError' || name === 'ServerParseError' || 'statusCode' in error
  );
}

/** Form paths are input paths: `input.title.bg` and `title.bg` both name the field `title.bg`. */
export function fieldPath(field: string): string {
  return field.replace(/^input\./, '').replace(/\[(\d+)\]/g, '.$1');
}

/** Words a message key with values in the interface language (i18next's `t`), else `defaultValue`. */
export type Translate = (key: string, values: Record<string, unknown> & { defaultValue: string }) => string;

/** Before i18next starts (unit tests of other modules) there is no language yet: keep the server's words. */
const translateInUiLanguage: Translate = (key, values) =>
  i18n.isInitialized ? i18n.t(key, values) : values.defaultValue;

/**
 * A field error in the interface language: `validation.<reason>` with the server's `args`
 * (`{{max}}`; `count` picks the plural form), or the server's English message for a reason
 * the message files do not know.
 */
function fieldMessage(item: Record<string, unknown>, message: string, translate: Translate): string {
  const { reason, args } = item;
  if (typeof reason !== 'string' || !/^\w+$/.test(reason)) return message;
  const values: Record<string, unknown> = {};
  if (isRecord(args)) {
    for (const [name, value] of Object.entries(args)) {
      if (typeof value === 'number' || typeof value === 'string') values[name] = value;
    }
  }
  const count = [values.max, values.min].find((n) => typeof n === 'number');
  return translate(`validation.${reason}`, { ...values, count, defaultValue: message });
}

/**
 * Field errors of a BAD_USER_INPUT answer (`extensions.fields: [{ field, message, reason, args }]`)
 * as `{ 'title.bg': 'Най-много 300 знака' }`, worded in the interface language. Several
 * messages for one field are joined.
 */
export function mapServerErrors(
  error: unknown,
  translate: Translate = translateInUiLanguage,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of graphQLErrors(error)) {
    if (entry.extensions?.code !== 'BAD_USER_INPUT') continue;
    const fields = entry.extensions.fields;
    if (!Array.isArray(fields)) continue;
    for (const item of fields) {
      if (!isRecord(item) || typeof item.field !== 'string' || typeof item.message !== 'string') continue;
      const path = fieldPath(item.field);
      const message = fieldMessage(item, item.message, translate);
      result[path] = result[path] ? `${result[path]}; ${message}` : message;
    }
  }
  return result;
}

/**
 * A field error shown away from its field, as "Адрес в мрежата: Тази стойност вече се
 * използва": the field named as the records' fields are (`history.fields.*`), or as it is
 * called when it has no such name.
 */
export function fieldErrorLine(path: string, message: string): string {
  const key = `history.fields.${path}`;
  const name =
    i18n.isInitialized && i18n.exists(key) ? i18n.t(key as `history.fields.${HistoryField}`) : path;
  return `${name}: ${message}`;
}

/** Every field error of a BAD_USER_INPUT answer as a line of its own (see fieldErrorLine). */
export function fieldErrorLines(error: unknown): string[] {
  return Object.entries(mapServerErrors(error)).map(([path, message]) => fieldErrorLine(path, message));
}

/** Splits field errors into those a form shows on its own fields and the rest. */
export function splitFieldErrors(
  errors: Record<string, string>,
  isFormField: (path: string) => boolean,
): { known: Record<string, string>; unknown: Record<string, string> } {
  const known: Record<string, string> = {};
  const unknown: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    (isFormField(path) ? known : unknown)[path] = message;
  }
  return { known, unknown };
}

/** The version a CONFLICT says the record is at now, when it says so. */
export function conflictVersion(error: unknown): number | null {
  const entry = graphQLErrors(error).find((e) => e.extensions?.code === 'CONFLICT');
  const version = entry?.extensions?.currentVersion;
  return typeof version === 'number' ? version : null;
}

/** Whether a lazily loaded part of the app failed to download (usually: a new deployment). */
export function isChunkLoadError(error: unknown): boolean {
  if (!isRecord(error)) return false;
  const message = typeof error.message === 'string' ? error.message : '';
  return (
    error.name === 'ChunkLoadError' ||
    /Failed to fetch dynamically imported module|Importing a module script failed|error loading dynamically imported module/i.test(
      message,
    )
  );
}

/** The message key that explains an error to a person (see `errors.*` in the message files). */
export function errorMessageKey(
  error: unknown,
):
  | 'errors.network'
  | 'errors.forbidden'
  | 'errors.notFound'
  | 'errors.rateLimited'
  | 'errors.validation'
  | 'errors.generic' {
  const codes = errorCodes(error);
  if (codes.includes('FORBIDDEN')) return 'errors.forbidden';
  if (codes.includes('NOT_FOUND')) return 'errors.notFound';
  if (codes.includes('RATE_LIMITED')) return 'errors.rateLimited';
  if (codes.includes('BAD_USER_INPUT')) return 'errors.validation';
  if (isNetworkError(error)) return 'errors.network';
  return 'errors.generic';
}
