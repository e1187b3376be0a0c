import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';
import { graphqlDocuments } from './build/graphql-documents';

/** The GraphQL server the dev server and `vite preview` forward to. */
const api = process.env.OBMEN_API_URL ?? 'http://localhost:4000';
// The server's own routes besides /graphql: downloads, uploads and templates.
const proxy = {
  '/graphql': api,
  '/health': api,
  '/ready': api,
  '/export': api,
  '/import': api,
  '/attachments': api,
};

export default defineConfig({
  // Documents ship with the route chunk that uses them, not in the initial JS. Text assets get
  // .br and .gz copies at build, which the server sends without compressing per request.
  plugins: [
    graphqlDocuments(),
    react(),
    compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, exclude: [/\.map$/] }),
  ],
  // Vite compiles @obmen/shared from its TypeScript source: no build of it needed for dev or tests.
  resolve: { alias: { '@obmen/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) } },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Budgets are checked by scripts/bundle-size.mjs on the gzip size of the initial chunks.
    chunkSizeWarningLimit: 1000,
  },
});
