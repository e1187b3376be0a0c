import networkQuery from '../../examples/widget-network.graphql?raw';
import practicesQuery from '../../examples/widget-practices.graphql?raw';

export interface WidgetPractice {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  organization: { name: string } | null;
  municipalities: { code: string; nameBg: string; nameEn: string }[];
}

export interface Choice {
  municipality?: string;
  district?: string;
  theme?: string;
  network?: string;
}

/** A wait on the network is bounded: the host page shows an error rather than a spinner for ever. */
const TIMEOUT_MS = 10_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const list = (value: string | undefined, map: (v: string) => string = (v) => v) =>
  value
    ?.split(',')
    .map((v) => map(v.trim()))
    .filter(Boolean);

/**
 * One GraphQL read over GET without cookies: a "simple" cross-origin request (no preflight),
 * which the server answers with `Access-Control-Allow-Origin: *` and a shared-cache
 * `Cache-Control`, so every visitor of the partner page may get the same cached answer.
 */
async function read<T>(origin: string, query: string, variables: object): Promise<T> {
  const url = new URL('/graphql', origin);
  url.searchParams.set('query', query.replace(/\s+/g, ' ').trim());
  url.searchParams.set('variables', JSON.stringify(variables));
  const response = await fetch(url, { credentials: 'omit', signal: AbortSignal.timeout(TIMEOUT_MS) });
  const body = (await response.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length)
    throw new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  return body.data;
}

/** The filter for a choice; a network given by slug is looked up first (the filter takes ids). */
async function filterFor(origin: string, choice: Choice): Promise<Record<string, string[]>> {
  const filter: Record<string, string[] | undefined> = {
    municipalityCodes: list(choice.municipality, (v) => v.toUpperCase()),
    districtCodes: list(choice.district, (v) => v.toUpperCase()),
    themes: list(choice.theme),
  };
  const network = choice.network?.trim();
  if (network) {
    filter.networkIds = [
      UUID.test(network)
        ? network
        : (await read<{ partnerNetwork: { id: string } }>(origin, networkQuery, { slug: network }))
            .partnerNetwork.id,
    ];
  }
  return Object.fromEntries(Object.entries(filter).filter((e): e is [string, string[]] => !!e[1]?.length));
}

export async function fetchPractices(
  origin: string,
  choice: Choice,
  first: number,
  lang: 'bg' | 'en',
): Promise<{ totalCount: number; practices: WidgetPractice[] }> {
  const filter = await filterFor(origin, choice);
  const data = await read<{ practices: { totalCount: number; edges: { node: WidgetPractice }[] } }>(
    origin,
    practicesQuery,
    { filter, first, locale: lang.toUpperCase() },
  );
  return { totalCount: data.practices.totalCount, practices: data.practices.edges.map((e) => e.node) };
}
