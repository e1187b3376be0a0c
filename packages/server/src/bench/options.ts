import path from 'node:path';
import { FULL, QUICK, type Sizes } from './sizes';

export interface Options {
  sizes: Sizes;
  quick: boolean;
  /** Where the JSON goes. */
  out: string;
  /** Leave out Obmen on PGlite (it generates a second copy of the dataset). */
  pglite: boolean;
  /** Only these shapes (`--only Q1,Q2`), e.g. while working on one; null = all. */
  only: ReadonlySet<string> | null;
  /** Also measure the stack floor (floor-server.ts) in the same rotation. */
  floor: boolean;
}

const USAGE = 'usage: pnpm bench [--quick] [--out results.json] [--no-pglite] [--only Q1,Q2,…] [--floor]';

export function parseOptions(argv: readonly string[]): Options {
  let quick = false;
  let pglite = true;
  let floor = false;
  let out: string | null = null;
  let only: Set<string> | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--quick') quick = true;
    else if (arg === '--no-pglite') pglite = false;
    else if (arg === '--floor') floor = true;
    else if (arg === '--out' && argv[i + 1]) out = argv[++i];
    else if (arg === '--only' && argv[i + 1]) only = new Set(argv[++i].split(',').map((id) => id.trim()));
    else if (arg === '--') continue;
    else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  // dist/bench/ → the package folder, whatever the working directory.
  const fallback = path.resolve(__dirname, '..', '..', 'bench-results', `${stamp}.json`);
  return { sizes: quick ? QUICK : FULL, quick, out: out ? path.resolve(out) : fallback, pglite, only, floor };
}
