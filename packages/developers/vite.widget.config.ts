import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

/**
 * The embeddable widget: one self-contained IIFE, dist/widget.js, that partners load from a
 * fixed URL (so no hash in its name; the server caches it for an hour). Written beside the
 * page's build, which therefore must run first (it empties dist/).
 */
export default defineConfig({
  plugins: [compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024, exclude: [/\.map$/] })],
  build: {
    target: 'es2020',
    emptyOutDir: false,
    sourcemap: false,
    lib: {
      entry: 'src/widget/widget.ts',
      formats: ['iife'],
      name: 'ObmenWidget',
      fileName: () => 'widget.js',
    },
  },
});
