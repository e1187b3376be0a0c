import type { Plugin } from 'vite';

/**
 * Drops GraphiQL's @font-face rules (Roboto and Fira Code inlined as data: URLs, 360 kB of its
 * 420 kB stylesheet): GraphiQL falls back to the system's sans-serif and monospace fonts, and the
 * page needs no `font-src data:` beside the server's strict CSP.
 */
export function noInlinedFonts(): Plugin {
  return {
    name: 'obmen-no-inlined-fonts',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]graphiql[\\/]dist[\\/]style\.css$/.test(id.split('?')[0])) return null;
      const stripped = code.replace(/@font-face\s*\{[^}]*\}/g, '');
      if (stripped === code)
        throw new Error(`no @font-face left to drop in ${id}: check the GraphiQL upgrade`);
      return { code: stripped, map: null };
    },
  };
}
