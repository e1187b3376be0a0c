let lastKey = 0;

/**
 * A key for a new item of an ordered list, unique in this page: items keep their key when
 * moved, so what is typed in one moves with it.
 */
export function newItemKey(): string {
  lastKey += 1;
  return `item-${lastKey}`;
}
