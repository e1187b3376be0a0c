/**
 * Reading the server's highlight snippets: plain text, HTML-escaped, with the matched words in
 * <mark>…</mark>. The box never hands a snippet to the browser as HTML: it is cut into text and
 * marked runs here, and rendered as text nodes and <mark> elements (components/Snippet.tsx), so
 * whatever a snippet holds besides those two tags stays text.
 */

export interface SnippetPart {
  text: string;
  /** A matched word (or words): shown in <mark>. */
  marked: boolean;
}

/** The escapes the server writes (and the numeric forms any escaper may), undone in one pass. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const ENTITY = /&(?:(amp|lt|gt|quot|apos)|#(\d{1,7})|#x([0-9a-f]{1,6}));/gi;

function codePoint(value: number, original: string): string {
  return value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff)
    ? String.fromCodePoint(value)
    : original;
}

/** `&amp;lt;` reads `&lt;`, not `<`: each escape is undone once. Unknown ones stay as they are. */
export function unescapeHtml(text: string): string {
  return text.replace(ENTITY, (entity, name?: string, decimal?: string, hex?: string) => {
    if (name) return NAMED[name.toLowerCase()] ?? entity;
    if (decimal) return codePoint(Number.parseInt(decimal, 10), entity);
    return codePoint(Number.parseInt(hex ?? '', 16), entity);
  });
}

const MARK = /(<mark>|<\/mark>)/i;

/**
 * A snippet as text and marked runs, in order, the escapes undone. Only <mark> and </mark> are
 * read as tags; a stray </mark> closes nothing and an unclosed <mark> marks to the end.
 */
export function parseSnippet(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let marked = false;
  for (const token of snippet.split(MARK)) {
    const tag = token.toLowerCase();
    if (tag === '<mark>' || tag === '</mark>') {
      marked = tag === '<mark>';
      continue;
    }
    const text = unescapeHtml(token);
    if (!text) continue;
    const last = parts[parts.length - 1];
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  }
  return parts;
}

/** What a person reads in a snippet (no marks). */
export function snippetText(parts: readonly SnippetPart[]): string {
  return parts.map((part) => part.text).join('');
}
