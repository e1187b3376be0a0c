import type { Segment } from './load';
import type { Machine } from './machine';

export interface Summary {
  rps: number;
  p50: number;
  p99: number;
  bytesPerResponse: number;
  rssPeakMb: number;
  failures: number;
}

export interface ShapeResult {
  id: string;
  description: string;
  /** One answer's body, without headers (the segments' bytes include them). */
  bodyBytes: { obmen: number; limit: number } | null;
  limit: Segment[];
  obmen: Segment[];
  pglite: Segment[];
  /** The stack floor's (`--floor`): Express + Apollo answering with the limit's JSON. */
  floor: Segment[];
  /** Obmen's rps over the limit's, segment pair by segment pair. */
  ratio: { mean: number; min: number; max: number } | null;
  /** The floor's rps over the limit's, likewise. */
  floorRatio: { mean: number; min: number; max: number } | null;
  /** SQL statements per request, by page size (Q1) or for the one practice (Q2). */
  statements: Record<string, number> | null;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

export function summarize(segments: Segment[]): Summary | null {
  if (!segments.length) return null;
  return {
    rps: mean(segments.map((s) => s.rps)),
    p50: mean(segments.map((s) => s.p50)),
    p99: mean(segments.map((s) => s.p99)),
    bytesPerResponse: Math.round(mean(segments.map((s) => s.bytesPerResponse))),
    rssPeakMb: Math.max(...segments.map((s) => s.rssPeakBytes)) / 2 ** 20,
    failures: segments.reduce((sum, s) => sum + s.failures, 0),
  };
}

export function ratioOf(obmen: Segment[], limit: Segment[]): ShapeResult['ratio'] {
  const pairs = obmen.map((segment, i) => segment.rps / limit[i].rps).filter(Number.isFinite);
  if (!pairs.length) return null;
  return { mean: mean(pairs), min: Math.min(...pairs), max: Math.max(...pairs) };
}

const cell = (text: string, width: number) => text.padStart(width);

function row(name: string, summary: Summary | null, body?: number): string {
  if (!summary) return `  ${name.padEnd(16)}${cell('—', 9)}`;
  const failures = summary.failures ? `  (${summary.failures} failed)` : '';
  return (
    `  ${name.padEnd(16)}${cell(summary.rps.toFixed(1), 9)}${cell(summary.p50.toFixed(0), 8)}` +
    `${cell(summary.p99.toFixed(0), 8)}${cell((body ?? summary.bytesPerResponse).toLocaleString('en'), 10)}` +
    `${cell(summary.rssPeakMb.toFixed(0), 8)}${failures}`
  );
}

export function formatShape(result: ShapeResult): string {
  const lines = [
    `${result.id}: ${result.description}`,
    `  ${'server'.padEnd(16)}${cell('rps', 9)}${cell('p50 ms', 8)}${cell('p99 ms', 8)}${cell('body B', 10)}${cell('RSS MB', 8)}`,
    row('limit (PG)', summarize(result.limit), result.bodyBytes?.limit),
    row('Obmen (PG)', summarize(result.obmen), result.bodyBytes?.obmen),
  ];
  if (result.pglite.length)
    lines.push(row('Obmen (PGlite)', summarize(result.pglite), result.bodyBytes?.obmen));
  if (result.floor.length)
    lines.push(row('stack floor (PG)', summarize(result.floor), result.bodyBytes?.obmen));
  const ratio = (name: string, r: ShapeResult['ratio'], pairs: number) =>
    r &&
    lines.push(
      `  ${name} ÷ limit rps: ${r.mean.toFixed(2)} (${r.min.toFixed(2)}–${r.max.toFixed(2)} over ${pairs} pairs)`,
    );
  ratio('Obmen', result.ratio, result.obmen.length);
  ratio('stack floor', result.floorRatio, result.floor.length);
  if (result.statements) {
    const counts = Object.entries(result.statements).map(([k, v]) => (k === 'one' ? `${v}` : `${v} at ${k}`));
    lines.push(`  SQL statements per request: ${counts.join(', ')}`);
  }
  return lines.join('\n');
}

export function formatMachine(machine: Machine): string {
  return (
    `machine: ${machine.cpu}, ${machine.cores} cores, ${machine.ramGb} GB RAM; ` +
    `Node ${machine.node}; PostgreSQL ${machine.postgres}`
  );
}
