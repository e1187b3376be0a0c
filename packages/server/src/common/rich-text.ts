import sanitizeHtml from 'sanitize-html';
import { fieldError, Reason } from './errors';
import type { LocalizedText } from './localized';

/**
 * Long texts (a practice's background, a project's goal…) are rich text: HTML limited to the
 * tags below, or plain text. The server is the safety boundary: whatever a client sends is
 * cleaned here on every create and update, so partner sites may insert the value as HTML.
 *
 * Storage rule, so stored text stays readable:
 * - a value without markup (no `<` starting a tag, comment or declaration) is plain text and
 *   is stored exactly as sent: quotes, `&`, `<` before a digit or space are not turned into
 *   entities. Browsers only open a tag at `<` followed by a letter, `/`, `!` or `?`, so such
 *   text is already safe as HTML; its line breaks are newlines.
 * - a value with markup is sanitized by the allow-list; in its text `&`, `<` and `>` become
 *   `&amp;`, `&lt;` and `&gt;` (what HTML itself needs), nothing else is encoded.
 *
 * sanitize-html is held at 2.17.5: later releases need the ESM-only htmlparser2 12, which jest
 * (CommonJS, Node 20) cannot load.
 */
export const RICH_TEXT_TAGS = [
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'u',
  's',
  'ul',
  'ol',
  'li',
  'h3',
  'h4',
  'blockquote',
  'a',
] as const;

export const LINK_REL = 'noopener noreferrer nofollow';
const LINK_SCHEMES = ['http', 'https', 'mailto'];
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/** Tags dropped together with everything inside them, not unwrapped to their text. */
const DROPPED_WITH_CONTENT = [
  'script',
  'style',
  'textarea',
  'option',
  'noscript',
  'iframe',
  'object',
  'embed',
  'template',
  'title',
  'svg',
  'math',
];

/** For GraphQL field descriptions, so partner sites know what they receive. */
export const RICH_TEXT_NOTE =
  `Rich text: sanitized HTML (allow-list: ${RICH_TEXT_TAGS.filter((t) => t !== 'a').join(', ')}, ` +
  `a[href] with ${LINK_SCHEMES.join('/')} only and rel="${LINK_REL}"), or plain text without tags ` +
  '(line breaks as newlines).';

/** A field description followed by the rich-text note. */
export function richTextDescription(description?: string): string {
  return description ? `${description} ${RICH_TEXT_NOTE}` : RICH_TEXT_NOTE;
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...RICH_TEXT_TAGS],
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: LINK_SCHEMES,
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  nonTextTags: DROPPED_WITH_CONTENT,
  transformTags: {
    a: (_tag, attribs): sanitizeHtml.Tag => {
      const href = attribs.href?.trim() ?? '';
      return { tagName: 'a', attribs: SAFE_HREF.test(href) ? { href, rel: LINK_REL } : {} };
    },
  },
  // A link to anything but an absolute http(s)/mailto address keeps its text only. (Renaming
  // the tag to an unlisted one would unwrap it too, but sanitize-html 2.17 then closes the
  // next link with that name.)
  exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : false),
};

const MARKUP = /<[a-z/!?]/i;

/** Whether a value holds HTML markup rather than plain text. */
export function hasMarkup(value: string): boolean {
  return MARKUP.test(value);
}

/** The value as stored: plain text unchanged, HTML reduced to the allow-list. */
export function sanitizeRichText(value: string): string {
  return hasMarkup(value) ? sanitizeHtml(value, OPTIONS) : value;
}

/** Whether sanitized rich text shows nothing (e.g. `<p></p>` or `<p><br></p>`). */
export function isBlankRichText(value: string): boolean {
  return !sanitizeHtml(value, { allowedTags: [], allowedAttributes: {} }).trim();
}

function sanitizeLocalized(text: LocalizedText, field: string): LocalizedText {
  const bg = sanitizeRichText(text.bg);
  // The Bulgarian text is required; markup that cleans away to nothing does not fill it.
  if (isBlankRichText(bg)) throw fieldError(`${field}.bg`, 'Bulgarian text is required', Reason.bgRequired);
  const en = text.en ? sanitizeRichText(text.en) : text.en;
  return { bg, en: en && isBlankRichText(en) ? null : en };
}

/**
 * A copy of an input whose rich localized fields (`keys`) are sanitized in both languages;
 * services call it before assigning texts, so create, update and restore all pass here.
 */
export function withRichTexts<T extends object>(
  input: T,
  keys: readonly string[],
): T & Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(input as Record<string, unknown>) };
  for (const key of keys) {
    const value = copy[key] as LocalizedText | null | undefined;
    if (value) copy[key] = sanitizeLocalized(value, key);
  }
  return copy as T & Record<string, unknown>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/**
 * The words of a stored text without its markup, for search and snippets: a tag is a space (so
 * `<p>a</p><p>b</p>` stays two words) and the entities sanitize-html writes are decoded.
 */
export function plainText(value: string): string {
  if (!hasMarkup(value)) return value;
  return value
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name])
    .replace(/[ \t]+/g, ' ')
    .trim();
}
