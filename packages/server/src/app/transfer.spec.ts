import express from 'express';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestServer, type TestServer } from '../test/harness';
import { serveAdmin } from './admin-static';
import { listenLocally } from '../test/listen';
import { COMPRESS_ABOVE_BYTES } from './server';

/** One raw HTTP exchange: fetch() would decode the body and hide what was sent. */
function exchange(url: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>(
    (resolve, reject) => {
      const request = http.request(url, { method: body ? 'POST' : 'GET', headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      });
      request.on('error', reject);
      request.end(body);
    },
  );
}

const decode = (encoding: string | undefined, body: Buffer) =>
  (encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body).toString();

describe('API responses', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ demo: true });
  });
  afterAll(() => server.stop());

  const post = (query: string, encoding: string) =>
    exchange(
      `${server.url}/graphql`,
      { 'content-type': 'application/json', 'accept-encoding': encoding },
      JSON.stringify({ query }),
    );
  const PAGE = '{ practices { edges { node { title summary municipalities { nameBg } } } } }';

  it.each([['br'], ['gzip']])(
    'are sent with %s when asked, above the threshold, decoding to the same answer',
    async (encoding) => {
      const plain = await post(PAGE, 'identity');
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.length).toBeGreaterThan(COMPRESS_ABOVE_BYTES);
      const packed = await post(PAGE, encoding);
      expect(packed.headers['content-encoding']).toBe(encoding);
      expect(packed.headers.vary).toMatch(/accept-encoding/i);
      expect(packed.body.length).toBeLessThan(plain.body.length / 2);
      expect(JSON.parse(decode(encoding, packed.body))).toEqual(JSON.parse(plain.body.toString()));
    },
  );

  it('are sent as they are when small', async () => {
    const small = await post('{ __typename }', 'br, gzip');
    expect([small.headers['content-encoding'], JSON.parse(small.body.toString())]).toEqual([
      undefined,
      { data: { __typename: 'Query' } },
    ]);
  });
});

describe('the admin’s assets', () => {
  const script = `export const greeting = ${JSON.stringify('Здравей, Обмен! '.repeat(200))};\n`;
  let url: string;
  let close: () => void;
  beforeAll(async () => {
    // A built admin as vite leaves it: hashed assets with their .br and .gz beside them.
    const dist = mkdtempSync(path.join(tmpdir(), 'obmen-admin-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><script nonce="__CSP_NONCE__"></script>');
    writeFileSync(path.join(dist, 'assets/index-abc123.js'), script);
    writeFileSync(path.join(dist, 'assets/index-abc123.js.br'), brotliCompressSync(script));
    writeFileSync(path.join(dist, 'assets/index-abc123.js.gz'), gzipSync(script));
    const app = express();
    expect(serveAdmin(app, dist)).toBe(true);
    ({ url, close } = await listenLocally(app));
  });
  afterAll(() => close());

  it.each([
    ['br, gzip', 'br'],
    ['gzip', 'gzip'],
    ['identity', undefined],
  ])(
    'are sent precompressed as the client accepts (%s), cached for a year as immutable',
    async (accepts, sent) => {
      const asset = await exchange(`${url}/assets/index-abc123.js`, { 'accept-encoding': accepts });
      expect([asset.status, asset.headers['content-encoding']]).toEqual([200, sent]);
      expect(asset.headers['content-type']).toMatch(/javascript/);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(decode(sent, asset.body)).toBe(script);
    },
  );

  it('leave index.html uncached, and a missing asset is a 404, not the app page', async () => {
    const page = await exchange(`${url}/practices`, { accept: 'text/html' });
    expect([page.status, page.headers['cache-control']]).toEqual([200, 'no-cache']);
    expect(page.body.toString()).not.toContain('__CSP_NONCE__');
    const missing = await exchange(`${url}/assets/gone-000.js`, { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
  });
});
