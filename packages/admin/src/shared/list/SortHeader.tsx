import { Group, Table, UnstyledButton } from '@mantine/core';
import { IconArrowsSort, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { ariaSort, type SortDirection } from './list-url';

export interface ColumnSort {
  /** Whether the list is ordered by this column. */
  active: boolean;
  direction: SortDirection;
  onSort: () => void;
  /** The button's accessible name, e.g. "Order by title". */
  label: string;
}

interface Props {
  sort: ColumnSort;
  children: string;
  w?: string;
  align?: 'left' | 'right';
}

/** A column header that orders the list by it; again reverses the order. */
export function SortHeader({ sort, children, w, align = 'left' }: Props) {
  const Icon = !sort.active
    ? IconArrowsSort
    : sort.direction === 'desc'
      ? IconSortDescending
      : IconSortAscending;
  return (
    <Table.Th
      w={w}
      style={{ whiteSpace: 'nowrap', textAlign: align }}
      aria-sort={ariaSort(sort.active, sort.direction)}
    >
      <UnstyledButton
        onClick={sort.onSort}
        aria-label={sort.label}
        style={{ font: 'inherit', fontWeight: 'inherit' }}
      >
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          {children}
          <Icon size={14} color={sort.active ? undefined : 'var(--mantine-color-gray-5)'} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}
