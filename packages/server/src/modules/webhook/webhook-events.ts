import { RevisionAction } from '../../common/revision-action';
import { ContentStatus } from '../../common/status';

/** A change to published content as a partner site sees it. */
export type ContentChange = 'published' | 'updated' | 'unpublished';

/**
 * What a write means to the public: it appears (published, or a published record created or
 * restored), it changes while staying published, or it disappears (unpublished or deleted while
 * published). Anything else (a draft's edit) is no event.
 */
export function contentChange(
  action: RevisionAction,
  previousStatus: string | null,
  status: string,
): ContentChange | null {
  const was = previousStatus === ContentStatus.PUBLISHED;
  if (action === RevisionAction.DELETE) return was ? 'unpublished' : null;
  const is = status === ContentStatus.PUBLISHED;
  if (is) return was ? 'updated' : 'published';
  return was ? 'unpublished' : null;
}

/** The record an event is about, and where its public version is fetched. */
export interface EventSubject {
  id: string;
  typename: string;
  slug: string;
  /** A GraphQL query (GET) for the record by slug, also for a nomination: its practice. */
  url: string;
  [more: string]: string;
}

/** The GraphQL root field that looks a type up by slug. */
const LOOKUP: Record<string, string> = { Practice: 'practice', Project: 'project' };

/** `GET /graphql?query=…` answering the record's public fields, absolute when the public URL is known. */
export function publicLink(publicUrl: string | null, typename: string, slug: string): string {
  const field = LOOKUP[typename] ?? typename.toLowerCase();
  const query = `query($slug:String!){${field}(slug:$slug){id slug title summary publishedAt updatedAt}}`;
  const params = new URLSearchParams({ query, variables: JSON.stringify({ slug }) });
  return `${publicUrl ?? ''}/graphql?${params}`;
}

/** The JSON body of an event: `{ type, timestamp, data }` as Standard Webhooks suggests. */
export const eventBody = (type: string, data: EventSubject, at: Date = new Date()): string =>
  JSON.stringify({ type, timestamp: at.toISOString(), data });
