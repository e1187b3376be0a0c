/** Today in Sofia, `YYYY-MM-DD`: the date a Bulgarian user sees on the file. */
function sofiaDay(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Sofia' }).format(now);
}

/**
 * `attachment; filename="obmen-practices-2026-12-04.csv"; filename*=UTF-8''obmen-practices-2026-12-04.csv`:
 * the plain name for old clients, RFC 5987's for those that read it (the same here, as list names
 * are ASCII; kept so a localized name would need no change of header).
 */
export function contentDisposition(list: string, extension: string, now = new Date()): string {
  const name = `obmen-${list}-${sofiaDay(now)}.${extension}`;
  return `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
