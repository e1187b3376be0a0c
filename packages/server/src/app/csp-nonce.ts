import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/**
 * This response's CSP nonce: Mantine writes its theme into <style> tags, and the admin's page
 * carries the nonce its policy allows. Made when first asked for (the policy header, then the
 * page), so answers that need none make none.
 */
export function cspNonceOf(res: ServerResponse): string {
  const locals = ((res as ServerResponse & { locals?: { cspNonce?: string } }).locals ??= {});
  return (locals.cspNonce ??= randomBytes(16).toString('base64'));
}
