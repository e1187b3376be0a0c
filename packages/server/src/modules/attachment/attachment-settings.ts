import path from 'node:path';

/** Where files go and how big they may be; read from the environment (README "Documents"). */
export interface AttachmentSettings {
  /** Largest upload in bytes (OBMEN_ATTACHMENT_MAX_BYTES, default 20 MB). */
  maxBytes: number;
  /** Longest text extraction of one file, in ms; past it the file is kept without text. */
  extractTimeoutMs: number;
  /** Characters of extracted text kept for the search, per file. */
  maxTextChars: number;
  /** Local folder (the default store). */
  dir: string;
  /** S3-compatible store, when OBMEN_S3_BUCKET is set; the local folder is then unused. */
  s3: S3Settings | null;
}

export interface S3Settings {
  bucket: string;
  /** e.g. https://s3.eu-central-1.amazonaws.com or a MinIO / Ceph address; unset: AWS's own. */
  endpoint: string | null;
  region: string;
  /** Key prefix inside the bucket. */
  prefix: string;
  /** Path-style addressing (MinIO and most self-hosted stores need it). */
  forcePathStyle: boolean;
  /** Longest wait for one request to the store, in ms. */
  timeoutMs: number;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
/** int column, and an upload held in memory while it is checked: 1 GB is far past any sane document. */
const LARGEST_MAX_BYTES = 1024 * 1024 * 1024;

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number, max = Number.MAX_SAFE_INTEGER) {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0 || n > max) {
    throw new Error(`${name} must be a whole number from 1 to ${max}, got "${value}"`);
  }
  return n;
}

/**
 * The folder defaults to `attachments` inside the embedded database's data folder (files and the
 * rows naming them are backed up together); with PostgreSQL (DATABASE_URL), to `attachments` in the
 * working directory.
 */
export function attachmentSettings(env: NodeJS.ProcessEnv): AttachmentSettings {
  const base = env.DATABASE_URL?.trim() ? '.' : (env.OBMEN_DATA_DIR ?? '.data');
  const bucket = env.OBMEN_S3_BUCKET?.trim();
  return {
    maxBytes: positive(env, 'OBMEN_ATTACHMENT_MAX_BYTES', DEFAULT_MAX_BYTES, LARGEST_MAX_BYTES),
    extractTimeoutMs: positive(env, 'OBMEN_ATTACHMENT_EXTRACT_MS', 10_000),
    maxTextChars: 200_000,
    dir: path.resolve(env.OBMEN_ATTACHMENTS_DIR || path.join(base, 'attachments')),
    s3: bucket
      ? {
          bucket,
          endpoint: env.OBMEN_S3_ENDPOINT?.trim() || null,
          region: env.OBMEN_S3_REGION?.trim() || env.AWS_REGION?.trim() || 'us-east-1',
          prefix: keyPrefix(env.OBMEN_S3_PREFIX),
          forcePathStyle: !!env.OBMEN_S3_ENDPOINT?.trim(),
          timeoutMs: positive(env, 'OBMEN_S3_TIMEOUT_MS', 10_000),
        }
      : null,
  };
}

/** A bucket prefix names a folder: "obmen" and "obmen/" both give keys under "obmen/". */
function keyPrefix(value: string | undefined): string {
  const prefix = value?.trim() ?? 'attachments/';
  return !prefix || prefix.endsWith('/') ? prefix : `${prefix}/`;
}
