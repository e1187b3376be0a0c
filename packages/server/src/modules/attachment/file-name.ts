import type { FileType } from './file-type';

const MAX_NAME = 150;

/**
 * A name safe in a path segment, a header and a file system: the last path part of what the
 * browser sent, without control and reserved characters, ending in an extension of the type the
 * content really is (a PNG sent as `page.html` is kept as `page.html.png`).
 */
export function safeFileName(sent: string | undefined, type: FileType): string {
  const base = (sent ?? '').normalize('NFC').split(/[\\/]/).pop() ?? '';
  let name = base
    // eslint-disable-next-line no-control-regex -- control characters are what is removed
    .replace(/[\u0000-\u001f\u007f<>:"|?*%#;]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!type.extensions.includes(extension)) name = `${name || 'file'}.${type.extensions[0]}`;
  if (name.length > MAX_NAME) {
    const ending = name.slice(name.lastIndexOf('.'));
    name = name.slice(0, MAX_NAME - ending.length).trimEnd() + ending;
  }
  return name.startsWith('.') ? `file${name}` : name;
}

/** `Content-Disposition` with an ASCII fallback and the exact UTF-8 name (RFC 6266 / 5987). */
export function contentDisposition(disposition: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const exact = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${exact}`;
}
