import { describeDifference, firstDifference } from './equality';
import { send, sendJsonSized } from './http';
import type { Shape } from './shapes';

/** Body bytes of one answer of each server, by shape id (response headers not counted). */
export type BodyBytes = Map<string, { obmen: number; limit: number }>;

/**
 * Registers what a shape needs (Q4's persisted query), then checks each shape's Obmen answer
 * equals the limit's. Returns the readable differences (none: every shape matched) and sizes.
 */
export async function compareShapes(obmen: string, limit: string, shapes: readonly Shape[]) {
  const problems: string[] = [];
  const bytes: BodyBytes = new Map();
  for (const shape of shapes) {
    try {
      if (shape.prepare) await send(obmen, shape.prepare);
      const [mine, best] = await Promise.all([
        sendJsonSized(obmen, shape.obmen),
        sendJsonSized(limit, shape.limit),
      ]);
      bytes.set(shape.id, { obmen: mine.bytes, limit: best.bytes });
      const difference = firstDifference(mine.json, best.json);
      if (difference) problems.push(describeDifference(shape.id, difference));
    } catch (error) {
      problems.push(`${shape.id}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return { problems, bytes };
}
