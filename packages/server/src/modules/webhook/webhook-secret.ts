import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { Webhook as Signer } from 'standardwebhooks';

const PREFIX = 'whsec_';
const FORMAT = 'v1';

/** A new signing secret in Standard Webhooks' form: `whsec_` and 32 random bytes in base64. */
export const newSigningSecret = (): string => PREFIX + randomBytes(32).toString('base64');

/**
 * Signing secrets at rest: AES-256-GCM under a key derived from the server secret, so a copy of
 * the webhook table alone cannot sign (nor can a dump, when OBMEN_SECRET lives outside the
 * database). A changed server secret makes them unreadable: rotate each webhook's secret then.
 */
export class SecretBox {
  private readonly key: Buffer;

  constructor(serverSecret: string) {
    this.key = Buffer.from(hkdfSync('sha256', serverSecret, 'obmen', 'webhook signing secrets', 32));
  }

  seal(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    return `${FORMAT}:${iv.toString('base64')}:${sealed.toString('base64')}`;
  }

  open(stored: string): string {
    const [format, iv, sealed] = stored.split(':');
    if (format !== FORMAT || !iv || !sealed) throw new Error('Unknown webhook secret format');
    const bytes = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(bytes.subarray(bytes.length - 16));
    return Buffer.concat([decipher.update(bytes.subarray(0, bytes.length - 16)), decipher.final()]).toString(
      'utf8',
    );
  }
}

/**
 * Standard Webhooks headers for one attempt: the same id every time, this attempt's timestamp (a
 * receiver refuses one older than 5 minutes), and a `v1,` signature per secret, space-separated.
 */
export function signedHeaders(
  id: string,
  body: string,
  secrets: readonly string[],
  at: Date = new Date(),
): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Signer(secret).sign(id, at, body)).join(' '),
  };
}
