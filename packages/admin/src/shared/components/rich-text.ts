/**
 * Long texts are rich text: HTML the server has sanitized to a small allow-list, or plain text
 * (older and imported content, partners' texts), whose paragraphs are separated by blank lines.
 * A browser opens a tag only at `<` followed by a letter, `/`, `!` or `?`; the server uses the
 * same test to tell the two apart.
 */
const MARKUP = /<[a-z/!?]/i;

export function hasMarkup(value: string): boolean {
  return MARKUP.test(value);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Plain text as editor HTML: a paragraph per blank-line-separated block, line breaks kept. */
export function plainTextToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter(Boolean)
    .map((block) => `<p>${escapeHtml(block).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

/** A stored value as the editor's content: HTML as it is, plain text as paragraphs. */
export function toEditorHtml(value: string): string {
  return hasMarkup(value) ? value : plainTextToHtml(value);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? entity;
    const code =
      name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

const BLOCK_END = /<\/(p|h[1-6]|blockquote|li|ul|ol|div)\s*>/gi;
const LIST_ITEM = /<li\b[^>]*>/gi;

/**
 * What a person reads in a rich text, for previews and comparisons: tags gone, paragraphs and
 * list items on lines of their own (items marked "• "). Plain text comes back as it is.
 */
export function htmlToPlainText(value: string): string {
  if (!hasMarkup(value)) return value;
  const text = value
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(LIST_ITEM, '\n• ')
    .replace(BLOCK_END, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The server forces this on every link; the editor writes it too, so saving changes nothing. */
export const LINK_REL = 'noopener noreferrer nofollow';

const LINK_HREF = /(<a\b[^>]*?\shref=")([^"]*)"/gi;
const ABSOLUTE = /^(https?:\/\/|mailto:)/i;
const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

/**
 * Links as the server keeps them: it drops any link that is not an absolute http(s) or mailto
 * address, so "flgr.bg" becomes "https://flgr.bg" and "a@b.bg" "mailto:a@b.bg" first.
 */
export function absoluteLinks(html: string): string {
  return html.replace(LINK_HREF, (match, start: string, href: string) => {
    const url = href.trim();
    if (!url || ABSOLUTE.test(url) || /^[a-z][a-z\d+.-]*:/i.test(url)) return match;
    const fixed = EMAIL.test(url) ? `mailto:${url}` : `https://${url.replace(/^\/+/, '')}`;
    return `${start}${fixed}"`;
  });
}

/** Whether a rich text shows nothing, like the `<p></p>` of an emptied editor. */
export function isRichTextEmpty(value: string): boolean {
  return htmlToPlainText(value).trim() === '';
}

/** The editor's HTML as a form value: '' when it shows nothing, so "empty" stays empty. */
export function fromEditorHtml(html: string): string {
  return isRichTextEmpty(html) ? '' : absoluteLinks(html);
}
