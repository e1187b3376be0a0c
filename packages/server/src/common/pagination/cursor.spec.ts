import { decodeCursor, encodeCursor } from './cursor';

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
});
