/**
 * The search box's results: the server's one ranked page, grouped by type for reading, each
 * result with its title (marked when the match is in it) and the first passage that matched
 * elsewhere. Pure, so the grouping and the order keyboard moves through are tested without a DOM.
 */
import type { ContentStatus, GlobalSearchQuery } from '../../gql/graphql';
import { parseSnippet, type SnippetPart, snippetText } from './snippet';

export type SearchEdge = GlobalSearchQuery['search']['edges'][number];
export type SearchTypename = SearchEdge['node']['__typename'];

export interface SearchItem {
  /** Unique across types (ids are unique within a type only): the option's React key and DOM id. */
  key: string;
  typename: SearchTypename;
  id: string;
  title: string;
  /** The title with its matched words, when the server marked them in it; else null. */
  titleParts: SnippetPart[] | null;
  /** The first passage of another field that matched; null when only the title did. */
  snippet: SnippetPart[] | null;
  /** Practices and projects; null for organizations and networks, which have no workflow. */
  status: ContentStatus | null;
  /** Where the record opens in the admin. */
  path: string;
}

export interface SearchGroup {
  typename: SearchTypename;
  items: SearchItem[];
}

/** Where a record opens (the sections' `recordPath`); null when the admin has no page for it. */
export type RecordPath = (typename: string, id: string) => string | null;

function itemOf(edge: SearchEdge, recordPath: RecordPath): SearchItem | null {
  const { node } = edge;
  const path = recordPath(node.__typename, node.id);
  if (!path) return null;
  const [title, titleField, status] =
    node.__typename === 'Practice' || node.__typename === 'Project'
      ? [node.title, 'title', node.status]
      : [node.name, 'name', null];
  const titleHighlight = edge.highlights.find((h) => h.field === titleField);
  const titleParts = titleHighlight ? parseSnippet(titleHighlight.snippet) : null;
  const other = edge.highlights.find((h) => h.field !== titleField);
  return {
    key: `${node.__typename}-${node.id}`,
    typename: node.__typename,
    id: node.id,
    title,
    // A title the server shortened (or another language's) is shown as the record has it.
    titleParts: titleParts && snippetText(titleParts) === title ? titleParts : null,
    snippet: other ? parseSnippet(other.snippet) : null,
    status,
    path,
  };
}

/**
 * The results by type. Within a group the server's ranking is kept; the groups follow their best
 * result, so the first result (the one Enter opens) is the best match overall.
 */
export function groupResults(edges: readonly SearchEdge[], recordPath: RecordPath): SearchGroup[] {
  const groups = new Map<SearchTypename, SearchItem[]>();
  for (const edge of edges) {
    const item = itemOf(edge, recordPath);
    if (!item) continue;
    const group = groups.get(item.typename);
    if (group) group.push(item);
    else groups.set(item.typename, [item]);
  }
  return [...groups].map(([typename, items]) => ({ typename, items }));
}

/** The results in the order the arrow keys go through them (as shown, group after group). */
export function flatItems(groups: readonly SearchGroup[]): SearchItem[] {
  return groups.flatMap((group) => group.items);
}
