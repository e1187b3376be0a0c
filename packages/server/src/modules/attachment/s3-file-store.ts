import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { S3Settings } from './attachment-settings';
import { storeUnavailable } from './attachment.service';
import { checkKey, type FileStore, type StoredFile } from './file-store';

const missing = (error: unknown): boolean =>
  error instanceof S3ServiceException &&
  (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404);

/** Attempts per call: a request that times out or fails on the network is tried twice more. */
const MAX_ATTEMPTS = 3;

/**
 * An S3-compatible bucket (AWS, MinIO, Ceph, Hetzner, …). Credentials come from the SDK's usual
 * chain (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, a profile, an instance role); every request
 * is bounded (connection and response timeouts, two retries): a store that never answers fails
 * the call after about MAX_ATTEMPTS × timeoutMs.
 */
export class S3FileStore implements FileStore {
  readonly kind = 's3';
  readonly client: S3Client;

  constructor(
    private readonly settings: S3Settings,
    client?: S3Client,
  ) {
    this.client =
      client ??
      new S3Client({
        region: settings.region,
        ...(settings.endpoint && { endpoint: settings.endpoint }),
        forcePathStyle: settings.forcePathStyle,
        maxAttempts: MAX_ATTEMPTS,
        requestHandler: {
          connectionTimeout: Math.min(settings.timeoutMs, 5_000),
          // Until the answer's headers (a download's body then streams at the reader's pace).
          requestTimeout: settings.timeoutMs,
          // Without it the SDK only logs a warning when requestTimeout passes and waits on forever.
          throwOnRequestTimeout: true,
        },
      });
  }

  private keyOf(key: string): string {
    return `${this.settings.prefix}${checkKey(key)}`;
  }

  async put(key: string, bytes: Buffer, mediaType: string): Promise<void> {
    await this.client.send(
      new PutObjectCommand({
        Bucket: this.settings.bucket,
        Key: this.keyOf(key),
        Body: bytes,
        ContentType: mediaType,
        ContentLength: bytes.length,
      }),
    );
  }

  async get(key: string): Promise<StoredFile | null> {
    try {
      const answer = await this.client.send(
        new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) }),
      );
      if (!(answer.Body instanceof Readable)) throw new Error('S3 answered without a stream');
      return { body: answer.Body, size: answer.ContentLength ?? 0 };
    } catch (error) {
      if (missing(error)) return null;
      // A download answers 503 "try again later", not 500, while the store is unreachable.
      throw storeUnavailable();
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) }));
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.settings.bucket, Key: this.keyOf(key) }));
      return true;
    } catch (error) {
      if (missing(error)) return false;
      throw error;
    }
  }
}
