import { CACHE_HEADER } from '../modules/response-cache';
import type { TestServer } from './harness';

export interface CachedRead {
  /** `HIT`, `MISS`, or null when the response cache was not asked. */
  cache: string | null;
  status: number;
  body: { data?: Record<string, any>; errors?: unknown[] };
}

/** A GET read, as a partner site or a CDN sends it. */
export async function read(
  server: TestServer,
  query: string,
  variables: object = {},
  headers: Record<string, string> = {},
): Promise<CachedRead> {
  const params = new URLSearchParams({ query, variables: JSON.stringify(variables) });
  const response = await fetch(`${server.url}/graphql?${params}`, { headers });
  return {
    cache: response.headers.get(CACHE_HEADER),
    status: response.status,
    body: (await response.json()) as CachedRead['body'],
  };
}

/** Keeping an answer happens after it is sent: reads until one is a hit. */
export async function readUntilHit(
  server: TestServer,
  query: string,
  variables: object = {},
  headers: Record<string, string> = {},
): Promise<CachedRead> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const answer = await read(server, query, variables, headers);
    if (answer.cache === 'HIT') return answer;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('the answer was never served from the cache');
}
