import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { send } from './webhook-sender';

/** One attempt as the worker makes it: bounded in time, and never to a private address in production. */
describe('a delivery attempt', () => {
  let silent: Server;
  let port: number;
  beforeAll(async () => {
    // Takes the request and never answers.
    silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    port = (silent.address() as AddressInfo).port;
  });
  afterAll(async () => {
    silent.closeAllConnections();
    await new Promise((resolve) => silent.close(resolve));
  });

  it('gives up when no answer comes in time', async () => {
    const outcome = await send(`http://127.0.0.1:${port}/hook`, {}, '{}', {
      allowPrivate: true,
      signal: AbortSignal.timeout(200),
    });
    expect(outcome).toEqual({ statusCode: null, durationMs: expect.any(Number), error: 'No answer in time' });
    expect(outcome.durationMs).toBeGreaterThanOrEqual(190);
    expect(outcome.durationMs).toBeLessThan(2000);
  });

  it('does not connect to a name that resolves to a loopback address when private targets are refused', async () => {
    const outcome = await send(`http://localhost:${port}/hook`, {}, '{}', {
      allowPrivate: false,
      signal: AbortSignal.timeout(2000),
    });
    expect(outcome.statusCode).toBeNull();
    expect(outcome.error).toMatch(/private, loopback or link-local/);
  });
});
