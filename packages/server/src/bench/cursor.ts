import { sendJson } from './http';
import { graphqlPost } from './shapes';

/** The list's cursor `offset` rows in, found as a partner would: by paging (100 a page, the most). */
export async function cursorAt(base: string, offset: number): Promise<string> {
  let after: string | null = null;
  for (let skipped = 0; skipped < offset;) {
    const size = Math.min(100, offset - skipped);
    const args = after ? `first: ${size}, after: ${JSON.stringify(after)}` : `first: ${size}`;
    const answer = (await sendJson(
      base,
      graphqlPost(`{ practices(${args}) { pageInfo { endCursor } } }`),
    )) as {
      data: { practices: { pageInfo: { endCursor: string | null } } };
    };
    after = answer.data.practices.pageInfo.endCursor;
    if (!after) throw new Error(`the list ends before ${offset} rows`);
    skipped += size;
  }
  if (!after) throw new Error('a deep page needs an offset above 0');
  return after;
}
