// Reports the gzip size of the JavaScript a first visit downloads (the entry script and the
// chunks it preloads, as referenced by dist/index.html) and fails the build above the budget.
// Lazily loaded route chunks are listed for information.
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 300;
const dist = resolve(dirname(fileURLToPath(import.meta.url)), '../dist');

const html = await readFile(join(dist, 'index.html'), 'utf8');
const initial = [
  ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
  ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
].map((match) => match[1].replace(/^\//, ''));
const css = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
  m[1].replace(/^\//, ''),
);
if (!initial.length) {
  console.error('bundle-size: no module script in dist/index.html');
  process.exit(1);
}

const kb = (bytes) => (bytes / 1000).toFixed(1).padStart(7);
async function measure(file) {
  const content = await readFile(join(dist, file));
  return { file, raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
}

const initialSizes = await Promise.all([...new Set(initial)].map(measure));
const cssSizes = await Promise.all(css.map(measure));
const lazyFiles = (await readdir(join(dist, 'assets')))
  .filter((f) => f.endsWith('.js'))
  .map((f) => `assets/${f}`)
  .filter((f) => !initial.includes(f));
const lazySizes = (await Promise.all(lazyFiles.map(measure))).sort((a, b) => b.gzip - a.gzip);

const total = initialSizes.reduce((sum, s) => sum + s.gzip, 0);
console.log('\nInitial JavaScript (entry + modulepreload), kB:');
console.log('      raw     gzip  file');
for (const s of initialSizes) console.log(`${kb(s.raw)}  ${kb(s.gzip)}  ${s.file}`);
for (const s of cssSizes) console.log(`${kb(s.raw)}  ${kb(s.gzip)}  ${s.file} (CSS, not counted)`);
console.log(`\nLazy chunks: ${lazySizes.length}, largest:`);
for (const s of lazySizes.slice(0, 6)) console.log(`${kb(s.raw)}  ${kb(s.gzip)}  ${s.file}`);

const verdict = total <= BUDGET_KB * 1000 ? 'OK' : 'OVER BUDGET';
console.log(`\nInitial JS: ${(total / 1000).toFixed(1)} kB gzip of ${BUDGET_KB} kB budget — ${verdict}\n`);
if (total > BUDGET_KB * 1000) process.exit(1);
