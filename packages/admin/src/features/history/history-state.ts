/** The revision list's logic: who made a change, and which two revisions are compared. */

export interface AuthorLike {
  kind: string;
  name?: string | null;
}

export type AuthorLabel =
  | { key: 'person'; name: string }
  | { key: 'system'; name: string }
  | { key: 'public' | 'partner' | 'unknown' };

/** A staff member by name; the scheduler and other jobs as "system"; the public and partners. */
export function authorLabel(author: AuthorLike | null | undefined): AuthorLabel {
  if (!author) return { key: 'unknown' };
  if (author.name) return { key: 'person', name: author.name };
  if (author.kind.startsWith('system')) return { key: 'system', name: author.kind.replace(/^system:?/, '') };
  if (author.kind === 'public' || author.kind === 'partner') return { key: author.kind };
  return { key: 'unknown' };
}

/**
 * Ticks a revision for comparison: at most two are ticked; ticking a third drops the one
 * ticked first. Unticking removes it.
 */
export function toggleCompare(selected: readonly string[], id: string): string[] {
  if (selected.includes(id)) return selected.filter((s) => s !== id);
  return [...selected, id].slice(-2);
}

/** The two ticked revisions as from (older) → to (newer), or null until two are ticked. */
export function comparePair(
  selected: readonly string[],
  revisions: readonly { id: string; version: number }[],
): { fromId: string; toId: string } | null {
  if (selected.length !== 2) return null;
  const [x, y] = selected.map((id) => revisions.find((r) => r.id === id));
  if (!x || !y) return null;
  return x.version <= y.version ? { fromId: x.id, toId: y.id } : { fromId: y.id, toId: x.id };
}

/** The record's title as its newest snapshot has it (Bulgarian first). */
export function snapshotTitle(snapshot: Record<string, unknown> | null | undefined): string | null {
  for (const key of ['title', 'name', 'label']) {
    const value = snapshot?.[key];
    if (typeof value === 'string' && value) return value;
    if (value && typeof value === 'object') {
      const text = (value as Record<string, unknown>).bg ?? (value as Record<string, unknown>).en;
      if (typeof text === 'string' && text) return text;
    }
  }
  return null;
}
