import { badInput, type FieldError, Reason } from '../../common/errors';

/** The admin's list screens a view may be saved for (its ListSection names). */
export const SAVED_VIEW_LISTS = [
  'practices',
  'projects',
  'organizations',
  'networks',
  'programmes',
  'volunteers',
] as const;

export const MAX_NAME_LENGTH = 80;
/** A list's filters fit in far less; the bound keeps a view from becoming a storage space. */
export const MAX_QUERY_LENGTH = 2000;
const MAX_PARAMETERS = 40;
/** Parameter names as the admin writes them (`status`, `districtCodes`, `sort`). */
const PARAMETER_NAME = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
/** The page is not part of a view: applying a view starts on the first page. */
const PAGE_PARAMETERS = new Set(['after', 'before']);

export interface ViewFields {
  list?: string;
  name?: string | null;
  query?: string | null;
}

/**
 * The fields given, as stored: the name without spaces at its ends, the query string without its
 * page and with its parameters sorted (the admin compares it with the URL's to tell which view
 * is on). Refused with every problem at once (BAD_USER_INPUT).
 */
export function checkedFields(fields: ViewFields): { name?: string; query?: string } {
  const problems: FieldError[] = [];
  const checked: { name?: string; query?: string } = {};
  if (fields.list != null && !(SAVED_VIEW_LISTS as readonly string[]).includes(fields.list)) {
    problems.push({
      field: 'list',
      message: `Unknown list ${fields.list}; known: ${SAVED_VIEW_LISTS.join(', ')}`,
      reason: Reason.invalid,
      args: { value: fields.list.slice(0, 40) },
    });
  }
  if (fields.name != null) {
    checked.name = fields.name.trim();
    if (!checked.name) {
      problems.push({ field: 'name', message: 'A view needs a name', reason: Reason.isNotEmpty });
    }
  }
  if (fields.query != null) {
    const query = normalizedQuery(fields.query);
    if (typeof query === 'string') checked.query = query;
    else problems.push(query);
  }
  if (problems.length) throw badInput(problems);
  return checked;
}

function normalizedQuery(query: string): string | FieldError {
  const params = new URLSearchParams(query.trim().replace(/^\?/, ''));
  for (const key of PAGE_PARAMETERS) params.delete(key);
  const keys = [...params.keys()];
  const badKey = keys.find((key) => !PARAMETER_NAME.test(key));
  if (badKey !== undefined || keys.length > MAX_PARAMETERS) {
    return {
      field: 'query',
      message:
        badKey !== undefined
          ? `Not a list parameter: ${badKey.slice(0, 40)}`
          : `At most ${MAX_PARAMETERS} parameters`,
      reason: Reason.invalid,
    };
  }
  params.sort();
  return params.toString();
}
