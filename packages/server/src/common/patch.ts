import { badInput, type FieldError, Reason } from './errors';

type Values = Record<string, unknown>;

/** A nested input value merged key by key; lists and date-times are single values. */
function isObject(value: unknown): value is Values {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function merge(current: unknown, next: unknown): unknown {
  if (!isObject(next) || !isObject(current)) return next;
  const merged: Values = { ...current };
  for (const [key, value] of Object.entries(next)) {
    if (value !== undefined) merged[key] = merge(current[key], value);
  }
  return merged;
}

const cannotClear = (field: string): FieldError => ({
  field,
  message: `${field} cannot be cleared; omit it to keep the current value`,
  reason: Reason.isNotEmpty,
});

/**
 * An update input read against the record as it stands, so every update means the same by
 * what it leaves out. At the top level an omitted field stays omitted (services leave such
 * fields alone) and null clears a field, unless the record cannot be without it (`required`;
 * a list is cleared to an empty list, so lists may always be null). A nested object (a
 * localized text, a contact, a period) is completed from the stored one, so `{ bg }` keeps
 * the stored English and `{ bg, en: null }` clears it. A list is replaced whole: its items
 * have no identity to merge by.
 *
 * `current` is the record's revision snapshot, which has the update input's shape.
 */
export function mergeUpdate<U extends object>(current: Values, input: U, required: ReadonlySet<string>): U {
  const given = Object.entries(input).filter(([, value]) => value !== undefined);
  const refused = given.filter(
    ([key, value]) => value === null && required.has(key) && !Array.isArray(current[key]),
  );
  if (refused.length) {
    const fields = refused.map(([key]) => cannotClear(key));
    throw badInput(fields, fields.map((f) => f.message).join('; '));
  }
  return Object.fromEntries(given.map(([key, value]) => [key, merge(current[key], value)])) as U;
}
