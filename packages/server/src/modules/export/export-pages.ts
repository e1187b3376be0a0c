import { type DocumentNode, execute, type GraphQLSchema } from 'graphql';
import type { RequestContext } from '../../common/context';
import { LoaderRegistry } from '../../common/loaders';
import { Locale } from '../../common/localized';
import type { Cell, ExportColumn } from './export-column';
import { rowOf } from './export-row';

interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

interface Page extends PageInfo {
  nodes: Record<string, unknown>[];
}

export interface ExportQuery {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables: Record<string, unknown>;
  columns: readonly ExportColumn[];
}

/**
 * The caller's context for one page in one language. A fresh set of DataLoaders per page, so a
 * 100,000-row export does not keep every record it has loaded; the caller (principal, quotas,
 * request id) stays the request's own.
 */
function readerFor(base: RequestContext, locale: Locale): RequestContext {
  const reader = Object.create(base, { loaders: { value: new LoaderRegistry() } }) as RequestContext;
  reader.useLocale(locale);
  return reader;
}

/** One page of the list through the schema: the API's own resolvers, visibility and filters. */
async function fetchPage(
  query: ExportQuery,
  base: RequestContext,
  locale: Locale,
  after: string | null,
): Promise<Page> {
  const result = await execute({
    schema: query.schema,
    document: query.document,
    variableValues: { ...query.variables, after },
    contextValue: readerFor(base, locale),
  });
  if (result.errors?.length) throw result.errors[0];
  const list = (result.data as { list: { pageInfo: PageInfo; edges: { node: Record<string, unknown> }[] } })
    .list;
  return { ...list.pageInfo, nodes: list.edges.map((e) => e.node) };
}

/** The English page's records by id, to pair them with the Bulgarian page's rows. */
const byId = (nodes: Record<string, unknown>[]) => new Map(nodes.map((n) => [String(n.id), n]));

/**
 * The list's rows, a page (100 rows) at a time: the next page is asked for only when the caller
 * takes it, after the previous one is written. When a column is in English, each page runs twice
 * with the same cursor, once per language (one request serves one language; the list's order
 * does not depend on it), and the rows are paired by id.
 */
export async function* exportRows(query: ExportQuery, base: RequestContext): AsyncGenerator<Cell[][]> {
  const english = query.columns.some((c) => c.locale === 'en');
  let after: string | null = null;
  for (;;) {
    // Both languages at once: two connections on PostgreSQL (PGlite's one session takes them in turn).
    const [page, translated]: [Page, Page | null] = await Promise.all([
      fetchPage(query, base, Locale.BG, after),
      english ? fetchPage(query, base, Locale.EN, after) : null,
    ]);
    const translations = translated && byId(translated.nodes);
    yield page.nodes.map((node) => rowOf(query.columns, node, translations?.get(String(node.id))));
    if (!page.hasNextPage || !page.endCursor) return;
    after = page.endCursor;
  }
}
