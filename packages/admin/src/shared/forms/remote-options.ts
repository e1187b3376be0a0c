import type { ComboboxItem } from '@mantine/core';

/** Options with the chosen one added when the current results lack it (first, once). */
export function withSelected(options: readonly ComboboxItem[], selected: ComboboxItem | null | undefined) {
  if (!selected || options.some((o) => o.value === selected.value)) return [...options];
  return [selected, ...options];
}

/**
 * What to ask the server for: the typed text, unless it is the label of the chosen option
 * (Mantine writes the label into the search box when an option is chosen), or blank.
 */
export function searchTerm(typed: string, selectedLabel: string | null | undefined): string | null {
  const text = typed.trim();
  if (!text || text === selectedLabel) return null;
  return text;
}
