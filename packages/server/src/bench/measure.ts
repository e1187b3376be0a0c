import type { Child } from './children';
import { runLoad, type Segment } from './load';
import { floorRequest, type Shape } from './shapes';
import type { Sizes } from './sizes';

export interface Measured {
  limit: Segment[];
  obmen: Segment[];
  /** The stack floor's (`--floor`), in the same rotation; empty without it. */
  floor: Segment[];
}

/**
 * Warm-up on each, then limit, Obmen, limit, Obmen… (limit, Obmen, floor… with the stack floor):
 * alternating segments share whatever else the machine is doing, so the ratio of each pair is
 * fairer than one long run each.
 */
export async function measureShape(
  shape: Shape,
  limit: Child,
  obmen: Child,
  sizes: Sizes,
  floor: Child | null = null,
): Promise<Measured> {
  const connections = shape.connections ?? sizes.connections;
  const options = { seconds: sizes.segmentSeconds, connections };
  const warmup = { seconds: sizes.warmupSeconds, connections };
  await runLoad(limit.base, limit.pid, shape.limit, warmup);
  await runLoad(obmen.base, obmen.pid, shape.obmen, warmup);
  const asFloor = floor && floorRequest(shape);
  if (floor && asFloor) await runLoad(floor.base, floor.pid, asFloor, warmup);
  const measured: Measured = { limit: [], obmen: [], floor: [] };
  for (let i = 0; i < sizes.segments; i++) {
    measured.limit.push(await runLoad(limit.base, limit.pid, shape.limit, options));
    measured.obmen.push(await runLoad(obmen.base, obmen.pid, shape.obmen, options));
    if (floor && asFloor) measured.floor.push(await runLoad(floor.base, floor.pid, asFloor, options));
  }
  return measured;
}

/** Obmen alone (on PGlite): warm-up, then as many segments as the interleaved runs had. */
export async function measureAlone(shape: Shape, obmen: Child, sizes: Sizes): Promise<Segment[]> {
  const options = { seconds: sizes.segmentSeconds, connections: shape.connections ?? sizes.connections };
  await runLoad(obmen.base, obmen.pid, shape.obmen, { ...options, seconds: sizes.warmupSeconds });
  const segments: Segment[] = [];
  for (let i = 0; i < sizes.segments; i++)
    segments.push(await runLoad(obmen.base, obmen.pid, shape.obmen, options));
  return segments;
}
