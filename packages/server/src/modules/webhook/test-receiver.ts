import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a receiver got. */
export interface Received {
  headers: Record<string, string>;
  body: string;
  at: number;
  answered: number;
}

/**
 * A partner's endpoint on loopback for the specs: records every request and answers with the
 * status `answer` gives for it (the 1-based count of requests so far).
 */
export class TestReceiver {
  readonly received: Received[] = [];
  answer: (count: number) => number = () => 200;
  private server!: Server;
  url = '';

  static async start(answer?: (count: number) => number): Promise<TestReceiver> {
    const receiver = new TestReceiver();
    if (answer) receiver.answer = answer;
    receiver.server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const answered = receiver.answer(receiver.received.length + 1);
        receiver.received.push({
          headers: flat(request.headers),
          body: Buffer.concat(chunks).toString('utf8'),
          at: Date.now(),
          answered,
        });
        response.writeHead(answered).end();
      });
    });
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    receiver.url = `http://127.0.0.1:${(receiver.server.address() as AddressInfo).port}/hook`;
    return receiver;
  }

  /** Event types received, in order (each request once, retries included). */
  types(): string[] {
    return this.received.map((r) => (JSON.parse(r.body) as { type: string }).type);
  }

  /** Waits until `done` holds of what was received, at most `ms`. */
  async until(done: (received: Received[]) => boolean, ms = 5000): Promise<Received[]> {
    const deadline = Date.now() + ms;
    while (!done(this.received)) {
      if (Date.now() > deadline)
        throw new Error(`receiver: condition not met in ${ms} ms (${this.received.length} requests)`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return this.received;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

function flat(headers: IncomingHttpHeaders): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers)) if (typeof value === 'string') result[key] = value;
  return result;
}

/** A pause, for asserting that nothing more arrives. */
export const quiet = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Short retries and polls for a spec's servers (read when a server starts: app/bootstrap.ts).
 * Returns what puts the environment back, for the spec's afterAll.
 */
export function shortWebhookTimings(retryMs: string): () => void {
  const env = { OBMEN_WEBHOOK_RETRY_MS: retryMs, OBMEN_WEBHOOK_POLL_MS: '100' };
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}
