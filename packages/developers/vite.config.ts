import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { examplesInHtml } from './build/examples';
import { noInlinedFonts } from './build/no-inlined-fonts';

/** The server, for `vite` and `vite preview` to forward GraphQL to. */
const api = process.env.OBMEN_API_URL ?? 'http://localhost:4000';

/**
 * The developer page, served by the server at /developers (assets under /developers/assets,
 * hashed: cached for a year). Text assets get .br and .gz copies the server sends as they are,
 * as for the admin. The widget is a second build (vite.widget.config.ts) into the same dist/.
 */
export default defineConfig({
  base: '/developers/',
  plugins: [
    examplesInHtml(),
    noInlinedFonts(),
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, exclude: [/\.map$/] }),
  ],
  server: { port: 5174, proxy: { '/graphql': api, '/schema.graphql': api } },
  preview: { port: 4174, proxy: { '/graphql': api, '/schema.graphql': api } },
  build: {
    target: 'es2022',
    sourcemap: true,
    // GraphiQL (React, CodeMirror) is one lazily loaded chunk of about 1 MB before compression.
    chunkSizeWarningLimit: 2000,
  },
});
