import 'reflect-metadata';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { createLogger } from '../app/logger';
import { startObmenProcess, residentBytes } from './children';
import { prepareExportDatabase } from './export-dataset';

/**
 * `pnpm bench:export [--rows 2000]`: the memory of a streamed export (issue 13). On PostgreSQL,
 * 100,000 published practices (1–3 KB Bulgarian texts); Obmen started as its own process, as in
 * production; `/export/practices.csv` downloaded as a stream and read back by a CSV parser that
 * counts the records and keeps none, while the server's resident memory is sampled every 200 ms.
 * Fails (exit 1) when the memory grows by 50 MB or more, or the rows are not all there.
 */
const LIMIT_BYTES = 50 * 1024 * 1024;
const SAMPLE_MS = 200;
const MB = 1024 * 1024;
const log = (line: string) => process.stdout.write(`${line}\n`);

function rowsOption(argv: readonly string[]): number {
  const at = argv.indexOf('--rows');
  if (at === -1) return 100_000;
  const rows = Number(argv[at + 1]);
  if (!Number.isInteger(rows) || rows < 1) throw new Error('--rows takes a positive whole number');
  return rows;
}

/** Downloads `url` as a stream through a CSV parser: the data rows and the bytes, nothing kept. */
async function download(url: string): Promise<{ rows: number; bytes: number }> {
  const response = await fetch(url);
  if (response.status !== 200 || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
  let bytes = 0;
  let records = 0;
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream<Uint8Array>);
  body.on('data', (chunk: Buffer) => (bytes += chunk.length));
  const parser = body.pipe(parse({ bom: true, delimiter: ';', relax_column_count: false }));
  for await (const _record of parser) records++;
  return { rows: records - 1, bytes };
}

async function main(): Promise<number> {
  const wanted = rowsOption(process.argv.slice(2));
  const url = await prepareExportDatabase(wanted, createLogger('warn'), log);
  log('starting Obmen (the first start indexes the practices for the search)…');
  const server = await startObmenProcess({ url });
  try {
    // One small export first, so the code paths are loaded before the baseline is taken.
    await download(
      `${server.base}/export/practices.csv?filter=${encodeURIComponent('{"municipalityCodes":["SOF46"]}')}`,
    );
    const before = residentBytes(server.pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, residentBytes(server.pid))), SAMPLE_MS);
    const started = performance.now();
    const { rows, bytes } = await download(`${server.base}/export/practices.csv`).finally(() =>
      clearInterval(sampler),
    );
    const seconds = (performance.now() - started) / 1000;
    peak = Math.max(peak, residentBytes(server.pid));
    const growth = peak - before;
    log(`rows:    ${rows} of ${wanted}`);
    log(`bytes:   ${bytes} (${(bytes / MB).toFixed(1)} MB)`);
    log(`seconds: ${seconds.toFixed(1)} (${Math.round(rows / seconds)} rows/s)`);
    log(
      `RSS:     before ${(before / MB).toFixed(1)} MB, peak ${(peak / MB).toFixed(1)} MB, ` +
        `growth ${(growth / MB).toFixed(1)} MB (limit ${LIMIT_BYTES / MB} MB)`,
    );
    const failures = [
      rows !== wanted && `expected ${wanted} rows, got ${rows}`,
      growth >= LIMIT_BYTES && `RSS grew by ${(growth / MB).toFixed(1)} MB`,
    ].filter(Boolean);
    failures.forEach((failure) => log(`FAIL: ${failure}`));
    return failures.length ? 1 : 0;
  } finally {
    await server.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
