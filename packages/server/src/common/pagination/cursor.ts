import { fieldError, Reason } from '../errors';

/** A position in an ordered list: the sort key (as SQL text) and the id that breaks ties. */
export interface CursorPosition {
  key: string | null;
  id: string;
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string, argument: string): CursorPosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || value[0] === null) &&
      typeof value[1] === 'string'
    ) {
      return { key: value[0], id: value[1] };
    }
  } catch {
    // fall through to the typed error below
  }
  throw fieldError(argument, `${argument} is not a cursor returned by this list`, Reason.invalidCursor);
}
