import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { buffer } from 'node:stream/consumers';
import { attachmentSettings } from './attachment-settings';
import { S3FileStore } from './s3-file-store';
import { pdfFile } from './test-files';

/** One request as the fake bucket received it. */
interface Received {
  method: string;
  path: string;
  contentType: string | undefined;
  authorization: string | undefined;
  body: Buffer;
}

interface StoredObject {
  body: Buffer;
  headers: Record<string, string>;
}

async function bodyOf(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function noSuchKey(res: ServerResponse, method: string): void {
  res.writeHead(404, { 'content-type': 'application/xml' });
  // HEAD answers carry no body: the SDK names the error from the status alone ("NotFound").
  res.end(method === 'HEAD' ? undefined : '<?xml version="1.0"?><Error><Code>NoSuchKey</Code></Error>');
}

/**
 * An S3-compatible endpoint in a Map, path-style (`/<bucket>/<key>`), as MinIO answers: it keeps
 * the type and the checksum the SDK sent and returns them, so the SDK checks the bytes it reads
 * back as it does against a real bucket. Any signature is accepted (it is recorded, not checked).
 */
async function fakeS3(): Promise<{
  server: Server;
  endpoint: string;
  received: Received[];
  objects: Map<string, StoredObject>;
}> {
  const objects = new Map<string, StoredObject>();
  const received: Received[] = [];
  const server = createServer((req, res) => {
    void (async () => {
      const body = await bodyOf(req);
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://s3').pathname);
      const method = req.method ?? '';
      received.push({
        method,
        path,
        contentType: req.headers['content-type'],
        authorization: req.headers.authorization,
        body,
      });
      const found = objects.get(path);
      if (method === 'PUT') {
        const headers: Record<string, string> = { 'content-type': String(req.headers['content-type']) };
        for (const [name, value] of Object.entries(req.headers)) {
          if (name.startsWith('x-amz-checksum-') && typeof value === 'string') headers[name] = value;
        }
        objects.set(path, { body, headers });
        res.writeHead(200, { etag: '"1"' }).end();
      } else if (method === 'DELETE') {
        objects.delete(path);
        res.writeHead(204).end();
      } else if (!found) {
        noSuchKey(res, method);
      } else {
        res.writeHead(200, { ...found.headers, 'content-length': String(found.body.length), etag: '"1"' });
        res.end(method === 'HEAD' ? undefined : found.body);
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { server, endpoint: `http://127.0.0.1:${port}`, received, objects };
}

/** The store as the server builds it from its environment (OBMEN_S3_*), against `endpoint`. */
function storeAt(endpoint: string, timeoutMs = 5_000): S3FileStore {
  const settings = attachmentSettings({
    OBMEN_S3_BUCKET: 'obmen-files',
    OBMEN_S3_ENDPOINT: endpoint,
    OBMEN_S3_REGION: 'eu-central-1',
    OBMEN_S3_TIMEOUT_MS: String(timeoutMs),
  }).s3;
  if (!settings) throw new Error('OBMEN_S3_BUCKET set, yet no S3 settings');
  return new S3FileStore(settings);
}

const close = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

const KEY = '3f/3f2504e0-4f89-11d3-9a0c-0305e82c3301';
const OBJECT_PATH = `/obmen-files/attachments/${KEY}`;

describe('S3FileStore against an S3-compatible endpoint', () => {
  const credentials = { id: process.env.AWS_ACCESS_KEY_ID, secret: process.env.AWS_SECRET_ACCESS_KEY };
  let fake: Awaited<ReturnType<typeof fakeS3>>;

  beforeAll(async () => {
    // The SDK's chain reads these first: no profile file or instance metadata is looked for.
    process.env.AWS_ACCESS_KEY_ID = 'obmen-test';
    process.env.AWS_SECRET_ACCESS_KEY = 'obmen-test-secret';
    fake = await fakeS3();
  });

  afterAll(async () => {
    await close(fake.server);
    process.env.AWS_ACCESS_KEY_ID = credentials.id;
    process.env.AWS_SECRET_ACCESS_KEY = credentials.secret;
    if (credentials.id === undefined) delete process.env.AWS_ACCESS_KEY_ID;
    if (credentials.secret === undefined) delete process.env.AWS_SECRET_ACCESS_KEY;
  });

  beforeEach(() => {
    fake.received.length = 0;
  });

  it('puts the bytes under bucket/prefix/key with their type, reads them back, deletes them', async () => {
    const store = storeAt(fake.endpoint);
    const pdf = pdfFile('Obmen S3 roundtrip');

    await store.put(KEY, pdf, 'application/pdf');
    const [put] = fake.received;
    expect(put).toMatchObject({ method: 'PUT', path: OBJECT_PATH, contentType: 'application/pdf' });
    expect(put.body.equals(pdf)).toBe(true);
    // Signed with the credentials from the environment, for the configured region.
    expect(put.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=obmen-test\/\d{8}\/eu-central-1\/s3\//);

    expect(await store.exists(KEY)).toBe(true);
    const file = await store.get(KEY);
    expect(file?.size).toBe(pdf.length);
    expect((await buffer(file!.body)).equals(pdf)).toBe(true);
    expect(fake.received.slice(1).map(({ method, path }) => [method, path])).toEqual([
      ['HEAD', OBJECT_PATH],
      ['GET', OBJECT_PATH],
    ]);

    await store.delete(KEY);
    expect(fake.received.at(-1)).toMatchObject({ method: 'DELETE', path: OBJECT_PATH });
    expect(await store.get(KEY)).toBeNull();
    expect(await store.exists(KEY)).toBe(false);
    // Deleting what is not there is no error (the sweeper may delete a key twice).
    await expect(store.delete(KEY)).resolves.toBeUndefined();
  });

  it('does not pass off bytes changed in the bucket as the file uploaded', async () => {
    const store = storeAt(fake.endpoint);
    const pdf = pdfFile('Obmen checksum');
    await store.put(KEY, pdf, 'application/pdf');
    const stored = fake.objects.get(OBJECT_PATH)!;
    expect(Object.keys(stored.headers).some((name) => name.startsWith('x-amz-checksum-'))).toBe(true);
    stored.body = Buffer.from(stored.body).fill(0x20, 20, 30);

    const file = await store.get(KEY);
    await expect(buffer(file!.body)).rejects.toThrow(/checksum/i);
    await store.delete(KEY);
  });

  it('never sends a key that is not one of its own', async () => {
    const store = storeAt(fake.endpoint);
    await expect(store.put('../../other-bucket/x', Buffer.from('x'), 'application/pdf')).rejects.toThrow(
      /not a storage key/,
    );
    expect(fake.received).toHaveLength(0);
  });

  it('gives up on a store that never answers within its attempts, each bounded by the timeout', async () => {
    // Accepts connections and reads requests, and never answers one.
    const sockets = new Set<Socket>();
    let requests = 0;
    const silent = createServer(() => void requests++);
    silent.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const timeoutMs = 400;
    const store = storeAt(`http://127.0.0.1:${(silent.address() as AddressInfo).port}`, timeoutMs);
    try {
      const started = Date.now();
      await expect(store.put(KEY, Buffer.from('%PDF-1.4'), 'application/pdf')).rejects.toThrow();
      const took = Date.now() - started;
      expect(requests).toBe(3);
      expect(took).toBeGreaterThanOrEqual(3 * timeoutMs);
      // Three waits of the timeout, plus the SDK's short back-off between attempts.
      expect(took).toBeLessThan(3 * timeoutMs + 3_000);
      // A download then answers 503 "try again later", not 500.
      await expect(store.get(KEY)).rejects.toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
    } finally {
      for (const socket of sockets) socket.destroy();
      await close(silent);
    }
  }, 30_000);
});
