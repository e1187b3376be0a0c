/**
 * Uploading a file to the server's POST /attachments (multipart, not GraphQL) and wording its
 * refusals. Pure functions over `fetch`, so they are tested without a browser.
 */

export type AttachmentOwnerType = 'Practice' | 'Project';

/** The types the server accepts (it checks the content; this only guides the file picker). */
export const ACCEPT =
  '.pdf,.docx,.odt,.png,.jpg,.jpeg,.gif,.webp,application/pdf,image/png,image/jpeg,image/gif,image/webp,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/vnd.oasis.opendocument.text';

export interface UploadedAttachment {
  id: string;
  fileName: string;
  warnings: { reason: string; message: string }[];
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string; maxBytes?: number; fields?: FieldItem[] } }[];
}
interface FieldItem {
  field?: string;
  reason?: string;
  args?: Record<string, string | number>;
}

/** Why an upload failed: a message key under `attachments.errors`. */
export type UploadErrorKey =
  | 'fileType'
  | 'tooLarge'
  | 'tooMany'
  | 'inTrash'
  | 'isNotEmpty'
  | 'maxLength'
  | 'invalid'
  | 'forbidden'
  | 'rateLimited'
  | 'unavailable'
  | 'network'
  | 'generic';

const FIELD_REASONS: readonly UploadErrorKey[] = [
  'fileType',
  'tooMany',
  'inTrash',
  'isNotEmpty',
  'maxLength',
];

/** A refused upload: the message key under `attachments.errors` and the values to word it. */
export class UploadError extends Error {
  constructor(
    readonly key: UploadErrorKey,
    readonly values: Record<string, string | number> = {},
  ) {
    super(key);
  }
}

/** The message key (and values) for a refusal the server answered with `status` and `body`. */
export function uploadErrorOf(status: number, body: unknown): UploadError {
  const error = (body as ErrorBody | null)?.errors?.[0];
  const code = error?.extensions?.code;
  const field = error?.extensions?.fields?.[0];
  if (code === 'PAYLOAD_TOO_LARGE' || status === 413) {
    const max = error?.extensions?.maxBytes;
    return new UploadError('tooLarge', { size: typeof max === 'number' ? formatSize(max) : '' });
  }
  if (code === 'BAD_USER_INPUT' && field?.reason) {
    const known = FIELD_REASONS.find((reason) => reason === field.reason);
    return new UploadError(known ?? 'invalid', field.args ?? {});
  }
  if (code === 'FORBIDDEN' || code === 'UNAUTHENTICATED') return new UploadError('forbidden');
  if (code === 'RATE_LIMITED') return new UploadError('rateLimited');
  if (code === 'SERVICE_UNAVAILABLE') return new UploadError('unavailable');
  return new UploadError('generic');
}

/** Sends one file; resolves with the new attachment, rejects with an UploadError. */
export async function uploadAttachment(
  input: { ownerType: AttachmentOwnerType; ownerId: string; file: Blob; fileName: string; titleBg?: string },
  send: typeof fetch = fetch,
): Promise<UploadedAttachment> {
  const form = new FormData();
  form.set('ownerType', input.ownerType);
  form.set('ownerId', input.ownerId);
  if (input.titleBg?.trim()) form.set('titleBg', input.titleBg.trim());
  form.set('file', input.file, input.fileName);
  let response: Response;
  try {
    response = await send('/attachments', {
      method: 'POST',
      credentials: 'same-origin',
      // Not a header a cross-site form can send: the server's CSRF check.
      headers: { 'x-obmen-csrf': '1' },
      body: form,
    });
  } catch {
    throw new UploadError('network');
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw uploadErrorOf(response.status, body);
  return body as UploadedAttachment;
}

/** 1 234 567 bytes → "1.2 MB" (decimal units, as file managers show them). */
export function formatSize(bytes: number, lang = 'bg'): string {
  const units = lang === 'en' ? ['B', 'KB', 'MB', 'GB'] : ['Б', 'КБ', 'МБ', 'ГБ'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${value.toLocaleString(lang === 'en' ? 'en-GB' : 'bg-BG', { maximumFractionDigits: digits })} ${units[unit]}`;
}

/** A short name of the file's type for the list: PDF, DOCX, ODT, PNG… */
export function typeLabel(mediaType: string): string {
  const known: Record<string, string> = {
    'application/pdf': 'PDF',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'DOCX',
    'application/vnd.oasis.opendocument.text': 'ODT',
  };
  return known[mediaType] ?? mediaType.replace(/^image\//, '').toUpperCase();
}
