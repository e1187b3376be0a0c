import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { publicOnlyLookup } from './target-guard';

/** What became of one attempt. */
export interface AttemptOutcome {
  statusCode: number | null;
  durationMs: number;
  error: string | null;
}

const ERROR_CHARS = 500;

export const shortError = (error: unknown): string =>
  (error instanceof Error ? error.message : String(error)).slice(0, ERROR_CHARS);

/**
 * POSTs one signed body and waits for the status line only (the answer's body is not read).
 * Redirects are not followed: Standard Webhooks counts only a 2xx as delivered. Without
 * `allowPrivate` the connection resolves the host through publicOnlyLookup.
 */
export function send(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: { allowPrivate: boolean; signal: AbortSignal },
): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  return new Promise((resolve) => {
    const target = new URL(url);
    const request = (target.protocol === 'https:' ? httpsRequest : httpRequest)(
      target,
      {
        method: 'POST',
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Obmen-Webhooks/1',
        },
        signal: options.signal,
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        response.destroy();
        resolve({ statusCode: response.statusCode ?? null, durationMs: elapsed(), error: null });
      },
    );
    request.on('error', (error) => {
      // AbortSignal.timeout's reason is a DOMException named TimeoutError (from Node's own realm).
      const timedOut = (options.signal.reason as { name?: unknown } | undefined)?.name === 'TimeoutError';
      resolve({
        statusCode: null,
        durationMs: elapsed(),
        error: timedOut ? 'No answer in time' : shortError(error),
      });
    });
    request.end(body);
  });
}
