// Prints the widget's size as partners download it (gzip and brotli) and fails the build above
// the budget: it is loaded on other people's pages.
import { readFile } from 'node:fs/promises';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const BUDGET_GZIP_BYTES = 6_000;
const file = new URL('../dist/widget.js', import.meta.url);
const content = await readFile(file);
const gzip = gzipSync(content, { level: 9 }).length;
const brotli = brotliCompressSync(content).length;
console.log(
  `widget.js: ${content.length} B, ${gzip} B gzip, ${brotli} B brotli (budget ${BUDGET_GZIP_BYTES} B gzip)`,
);
if (gzip > BUDGET_GZIP_BYTES) process.exit(1);
