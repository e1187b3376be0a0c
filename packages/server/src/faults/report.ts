export interface FaultRow {
  fault: string;
  /** Requests (or submissions) sent during the fault. */
  tried: number;
  /** What held: acknowledged writes found afterwards, reads served, submissions stored. */
  held: number;
  /** Acknowledged writes missing afterwards. */
  lost: number;
  detail: string;
}

/** The suite's figures, one line per fault, printed when it ends. */
export function printTable(mode: string, rows: FaultRow[]): void {
  const header = ['fault', 'tried', 'held', 'lost', 'figures'];
  const body = rows.map((r) => [r.fault, String(r.tried), String(r.held), String(r.lost), r.detail]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  process.stdout.write(`\nFault suite on ${mode}\n${[line(header), rule, ...body.map(line)].join('\n')}\n`);
}
