import type { SnippetPart } from '../snippet';
import { snippetElements } from './snippet-elements';

/** A highlight: its text, the matched words marked (see snippetElements). */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return <>{snippetElements(parts)}</>;
}
