/** Where two answers first differ: a path like data.practices.edges[3].node.themes[0].label. */
export interface Difference {
  path: string;
  obmen: unknown;
  limit: unknown;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Deep equality of parsed JSON; lists in order, objects by key whatever the key order. */
export function firstDifference(obmen: unknown, limit: unknown, path = ''): Difference | null {
  if (Array.isArray(obmen) && Array.isArray(limit)) {
    for (let i = 0; i < Math.max(obmen.length, limit.length); i++) {
      if (i >= obmen.length || i >= limit.length)
        return { path: `${path}.length`, obmen: obmen.length, limit: limit.length };
      const found = firstDifference(obmen[i], limit[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (isObject(obmen) && isObject(limit)) {
    const keys = [...new Set([...Object.keys(obmen), ...Object.keys(limit)])].sort();
    for (const key of keys) {
      if (!(key in obmen) || !(key in limit))
        return { path: `${path}.${key}`, obmen: obmen[key] ?? '(absent)', limit: limit[key] ?? '(absent)' };
      const found = firstDifference(obmen[key], limit[key], path ? `${path}.${key}` : key);
      if (found) return found;
    }
    return null;
  }
  return Object.is(obmen, limit) ? null : { path: path || '(root)', obmen, limit };
}

const clip = (value: unknown) => {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
};

export function describeDifference(shape: string, difference: Difference): string {
  return (
    `${shape}: Obmen's answer differs from the limit's at ${difference.path}\n` +
    `  Obmen: ${clip(difference.obmen)}\n  limit: ${clip(difference.limit)}`
  );
}
