/** What index.html carries when no server replaced it (Vite dev, `vite preview`). */
export const NONCE_PLACEHOLDER = '__CSP_NONCE__';

/**
 * The nonce the server's Content-Security-Policy allows `<style>` elements with. Mantine
 * inserts some (theme variables, AppShell and responsive props) and `style-src 'self'` blocks
 * them without it. The server writes a fresh nonce into `<meta name="csp-nonce">` per response.
 */
export function readStyleNonce(doc: Pick<Document, 'querySelector'> | undefined): string | undefined {
  const value = doc?.querySelector('meta[name="csp-nonce"]')?.getAttribute('content')?.trim();
  return value && value !== NONCE_PLACEHOLDER ? value : undefined;
}
