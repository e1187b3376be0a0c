import { NONCE_PLACEHOLDER, readStyleNonce } from './csp';

const doc = (content: string | null) => ({
  querySelector: () => (content === null ? null : ({ getAttribute: () => content } as unknown as Element)),
});

describe('readStyleNonce', () => {
  it('reads the nonce the server wrote', () => {
    expect(readStyleNonce(doc('r4nd0m=='))).toBe('r4nd0m==');
  });

  it('ignores the placeholder, a blank value and a missing tag', () => {
    expect(readStyleNonce(doc(NONCE_PLACEHOLDER))).toBeUndefined();
    expect(readStyleNonce(doc('  '))).toBeUndefined();
    expect(readStyleNonce(doc(null))).toBeUndefined();
    expect(readStyleNonce(undefined)).toBeUndefined();
  });
});
