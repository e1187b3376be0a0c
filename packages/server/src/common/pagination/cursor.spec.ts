import type { GraphQLError } from 'graphql';
import { type CursorType, decodeCursor, encodeCursor } from './cursor';

describe('pagination cursors', () => {
  it('round-trip the sort key and the tie-breaking id, Cyrillic included', () => {
    const position = { key: 'Ранна интервенция', id: '2b8c1f7e-8f7c-4d8e-9d3a-1c2b3a4d5e6f' };
    expect(decodeCursor(encodeCursor(position), 'after')).toEqual(position);
    expect(decodeCursor(encodeCursor({ key: null, id: 'PDV26' }), 'after')).toEqual({
      key: null,
      id: 'PDV26',
    });
  });

  it('are opaque URL-safe strings', () => {
    expect(encodeCursor({ key: '2015-05-25 06:00:00+00', id: 'x' })).toMatch(/^[A-Za-z0-9_-]+$/);
  });

  it('refuse anything not made by the server with a field error', () => {
    for (const bad of ['', 'not-a-cursor', Buffer.from('{"a":1}').toString('base64url')]) {
      expect(() => decodeCursor(bad, 'before')).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
      );
    }
  });

  it('refuse a forged position that the list’s sort key or id could never hold', () => {
    const id = '2b8c1f7e-8f7c-4d8e-9d3a-1c2b3a4d5e6f';
    const refused = (key: string | null, type: CursorType, tie: CursorType = 'uuid', at = id) => {
      try {
        decodeCursor(encodeCursor({ key, id: at }), 'after', { key: type, id: tie });
        return false;
      } catch (error) {
        return (error as GraphQLError).extensions.fields;
      }
    };
    const FORGED: [string | null, CursorType, CursorType?, string?][] = [
      ['1e999999', 'numeric'],
      ['12,5', 'numeric'],
      ['2147483648', 'int'],
      ['1.5', 'int'],
      ['2015-02-30', 'date'],
      ['0000-01-01', 'date'],
      ['2015-05-25T06:00:00Z', 'timestamptz'],
      ['2015-05-25 24:00:00+00', 'timestamptz'],
      ['not-a-date', 'timestamptz'],
      ['Дневен\u0000център', 'text'],
      ['\ud800', 'text'],
      ['1', 'int', 'uuid', 'not-a-uuid'],
      ['SOF', 'text', 'text', 'SO\u0000F'],
    ];
    for (const [key, type, tie, at] of FORGED) {
      expect([key, type, at, refused(key, type, tie, at)]).toEqual([
        key,
        type,
        at,
        [{ field: 'after', message: 'after is not a cursor returned by this list', reason: 'invalidCursor' }],
      ]);
    }
    // What PostgreSQL writes for each type, and the keys that stand for a missing value.
    const MADE: [string | null, CursorType, CursorType?, string?][] = [
      ['199994.17', 'numeric'],
      ['-1', 'numeric'],
      ['-2147483648', 'int'],
      ['2015-05-01', 'date'],
      ['-infinity', 'date'],
      ['2026-06-01 12:34:56.789012+00', 'timestamptz'],
      ['2026-06-01 12:34:56+05:30', 'timestamptz'],
      ['-infinity', 'timestamptz'],
      [null, 'timestamptz'],
      ['Ранна интервенция 😀', 'text'],
      ['PDV', 'text', 'text', 'PDV26'],
    ];
    for (const [key, type, tie, at] of MADE)
      expect([key, type, refused(key, type, tie, at)]).toEqual([key, type, false]);
  });
});
