import { ADMIN, sleep } from './process';

export interface Reply {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- replies of many shapes, read by the checks
  body: { data?: Record<string, any> | null; errors?: { extensions?: { code?: string } }[] } | null;
}

/** One GraphQL request with a bound on the wait (a fault must not hang the suite). */
export async function gql(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
  timeoutMs = 15_000,
): Promise<Reply> {
  try {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let body: Reply['body'] = null;
    try {
      body = JSON.parse(text) as Reply['body'];
    } catch {
      body = null;
    }
    return { status: response.status, body };
  } catch {
    return { status: 0, body: null };
  }
}

export const codesOf = (reply: Reply) => (reply.body?.errors ?? []).map((e) => e.extensions?.code ?? '?');

/** The admin's session cookie, signed in over HTTP like the admin SPA. */
export async function signIn(url: string): Promise<Record<string, string>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation($email: String!, $password: String!) { login(input: { email: $email, password: $password }) { email } }',
      variables: ADMIN,
    }),
  });
  const cookie = /obmen_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { cookie };
}

const CREATE = `mutation($title: String!) { createPractice(input: { title: { bg: $title }, status: PUBLISHED }) { id } }`;
const LIST = `{ practices(first: 20) { edges { node { id title } } } }`;

/** A read+write load: writers create practices, readers list them; acknowledged ids are kept. */
export class Load {
  readonly acked = new Set<string>();
  writes = 0;
  reads = 0;
  readOk = 0;
  failed = 0;
  private running = false;
  private workers: Promise<void>[] = [];

  constructor(
    private readonly url: () => string,
    private readonly headers: Record<string, string>,
    private readonly label: string,
  ) {}

  start(writers = 3, readers = 3): void {
    this.running = true;
    let n = 0;
    const write = async () => {
      while (this.running) {
        const title = `${this.label} ${n++} — натоварване`;
        this.writes += 1;
        const reply = await gql(this.url(), CREATE, { title }, this.headers, 8000);
        const id = reply.body?.data?.createPractice?.id as string | undefined;
        if (id) this.acked.add(id);
        else {
          this.failed += 1;
          await sleep(50);
        }
      }
    };
    const read = async () => {
      while (this.running) {
        this.reads += 1;
        const reply = await gql(this.url(), LIST, {}, {}, 8000);
        if (reply.status === 200 && reply.body?.data?.practices) this.readOk += 1;
        else await sleep(50);
      }
    };
    this.workers = [...Array.from({ length: writers }, write), ...Array.from({ length: readers }, read)];
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.workers);
  }
}

/** Which of `ids` the server has (staff read: every status). */
export async function stored(url: string, headers: Record<string, string>, ids: Iterable<string>) {
  const found = new Set<string>();
  const list = [...ids];
  for (let i = 0; i < list.length; i += 10) {
    const chunk = list.slice(i, i + 10);
    const query = `{ ${chunk.map((id, k) => `p${k}: practice(id: "${id}") { id }`).join(' ')} }`;
    const reply = await gql(url, query, {}, headers, 30_000);
    for (const value of Object.values(reply.body?.data ?? {})) {
      if (value && typeof value === 'object' && 'id' in value) found.add(String(value.id));
    }
  }
  return found;
}
