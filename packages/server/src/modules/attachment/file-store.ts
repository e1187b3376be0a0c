import type { Readable } from 'node:stream';

/** A stored file as a download reads it. */
export interface StoredFile {
  body: Readable;
  size: number;
}

/**
 * Where attachments' bytes live: a local folder (local-file-store.ts) or an S3-compatible bucket
 * (s3-file-store.ts). Keys are made by the service (a uuid and nothing a user typed).
 */
export interface FileStore {
  readonly kind: 'local' | 's3';
  put(key: string, bytes: Buffer, mediaType: string): Promise<void>;
  /** Null when the key holds nothing. */
  get(key: string): Promise<StoredFile | null>;
  /** Deleting what is not there is no error. */
  delete(key: string): Promise<void>;
  /** Whether the key holds a file (tests, the sweeper's log). */
  exists(key: string): Promise<boolean>;
}

/** Keys are `<2 hex>/<uuid>`: nothing else reaches a path or an object name. */
export const STORAGE_KEY = /^[0-9a-f]{2}\/[0-9a-f-]{36}$/;

export function checkKey(key: string): string {
  if (!STORAGE_KEY.test(key)) throw new Error(`not a storage key: ${key}`);
  return key;
}
