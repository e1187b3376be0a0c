import { Table, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { SkeletonRows } from './SkeletonRows';
import { type ColumnSort, SortHeader } from './SortHeader';

/** Cells as wide as their content, on one line. */
export const NARROW_CELL = { width: '1%', whiteSpace: 'nowrap' } as const;

export interface ListColumn {
  label: string;
  /** A share of the table, e.g. "40%". */
  width?: string;
  /** As wide as the content (statuses, dates, numbers). */
  narrow?: boolean;
  align?: 'left' | 'right';
  /** Makes the header a button that orders the list. */
  sort?: ColumnSort;
  /** The label is for screen readers only (a column of buttons). */
  hiddenLabel?: boolean;
  /** Shown in the header instead of the label, e.g. a "select all" checkbox; the label keys the column. */
  header?: ReactNode;
}

export interface DataTableProps<R> {
  columns: readonly ListColumn[];
  /** undefined while the first page loads (skeleton rows stand in). */
  rows: readonly R[] | undefined;
  /** One `Table.Tr` (with its key) a row; `rows` are all the rows shown. */
  renderRow: (row: R, index: number, rows: readonly R[]) => ReactNode;
  /** A query is on its way (`aria-busy`); a newer page: the rows shown dim. */
  loading: boolean;
  /** Rows light up under the pointer (default). */
  highlightOnHover?: boolean;
  /** Rows shown dim while a newer page loads (default). */
  dimWhileLoading?: boolean;
  /** Below this width the table scrolls sideways. */
  minWidth: number;
  skeletonRows?: number;
  /** Shown under the headers when there are no rows. */
  empty: ReactNode;
}

/**
 * A table of records: headers (some sortable), skeleton rows on the first load, a note when empty.
 * The lists, the moderation queues, the trash, the tokens and the revisions use it.
 */
export function DataTable<R>({
  columns,
  rows,
  renderRow,
  loading,
  minWidth,
  skeletonRows = 6,
  empty,
  highlightOnHover = true,
  dimWhileLoading = true,
}: DataTableProps<R>) {
  return (
    <>
      <Table.ScrollContainer minWidth={minWidth}>
        <Table
          verticalSpacing="sm"
          highlightOnHover={highlightOnHover}
          style={
            dimWhileLoading ? { opacity: loading && rows ? 0.6 : 1, transition: 'opacity 150ms' } : undefined
          }
          aria-busy={loading}
        >
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <HeaderCell key={column.label} column={column} />
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows ? rows.map(renderRow) : <SkeletonRows rows={skeletonRows} columns={columns.length} />}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {rows && rows.length === 0 && empty}
    </>
  );
}

function HeaderCell({ column }: { column: ListColumn }) {
  if (column.sort) {
    return (
      <SortHeader sort={column.sort} w={column.width} align={column.align}>
        {column.label}
      </SortHeader>
    );
  }
  return (
    <Table.Th w={column.width} style={column.narrow ? NARROW_CELL : undefined} ta={column.align}>
      {column.header ?? (column.hiddenLabel ? <VisuallyHidden>{column.label}</VisuallyHidden> : column.label)}
    </Table.Th>
  );
}
