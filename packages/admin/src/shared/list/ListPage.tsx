import { Box, Button, Flex, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CursorPagination, type PageInfo } from '../components/CursorPagination';
import { EmptyState, ErrorState } from '../components/QueryStates';
import { usePageTitle } from '../hooks/usePageTitle';
import { DataTable, type DataTableProps } from './DataTable';
import { FilterBar } from './FilterBar';
import { SavedViewsMenu } from './SavedViewsMenu';
import type { ListUrlState } from './useListUrlState';

/**
 * The sections with a list screen. Each has the messages `<section>.title`, `.total`, `.new`,
 * `.empty`, `.emptyFiltered`, `.pagination`, `.filters.search` and `.filters.searchPlaceholder`.
 */
export type ListSection =
  'practices' | 'projects' | 'organizations' | 'networks' | 'programmes' | 'volunteers';

/** A page of a Relay list, as the list queries return it. */
export interface Connection<R> {
  totalCount: number;
  edges: readonly { node: R }[];
  pageInfo: PageInfo;
}

interface Props<R> {
  section: ListSection;
  list: Pick<ListUrlState<unknown>, 'search' | 'setSearch' | 'clearFilters'>;
  /** Whether any filter is set: "clear filters" is offered, and an empty list says so. */
  filtered: boolean;
  /** Where "new" leads; no button when the user may not create. */
  createPath?: string;
  /** Beside "new" (the export button). */
  actions?: ReactNode;
  /** The section's filters and order, after the search in the filter bar. */
  filters?: ReactNode;
  /** A filter bar of the section's own, instead of the usual one. */
  filterBar?: ReactNode;
  /** Beside the table from the lg breakpoint, above it below (the content lists' facets). */
  aside?: ReactNode;
  /** The page shown (the previous one while the next loads); undefined before the first. */
  connection: Connection<R> | undefined;
  query: { loading: boolean; error?: unknown; refetch: () => Promise<unknown> };
  table: Omit<DataTableProps<R>, 'rows' | 'loading' | 'empty'>;
}

/** A list screen: title and total, "new", filters, the table with its states, and the pager. */
export function ListPage<R>({ section, list, filtered, createPath, connection, query, ...props }: Props<R>) {
  const { t } = useTranslation();
  const title = t(`${section}.title` as const);
  usePageTitle(title);
  const createLabel = t(`${section}.new` as const);
  const emptyAction = filtered ? (
    <Button variant="light" onClick={list.clearFilters}>
      {t('common.clearFilters')}
    </Button>
  ) : createPath ? (
    <Button component={Link} to={createPath} variant="light">
      {createLabel}
    </Button>
  ) : undefined;

  const results = (
    <>
      {query.error && !connection ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch().catch(() => undefined)} />
      ) : (
        <Paper withBorder>
          <DataTable
            {...props.table}
            rows={connection?.edges.map((edge) => edge.node)}
            loading={query.loading}
            empty={
              <EmptyState
                message={filtered ? t(`${section}.emptyFiltered` as const) : t(`${section}.empty` as const)}
                action={emptyAction}
              />
            }
          />
        </Paper>
      )}

      {connection && (
        <CursorPagination pageInfo={connection.pageInfo} label={t(`${section}.pagination` as const)} />
      )}
    </>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {title}
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {connection
              ? t(`${section}.total` as const, { count: connection.totalCount })
              : t('common.loading')}
          </Text>
        </div>
        <Group gap="sm">
          <SavedViewsMenu list={section} />
          {props.actions}
          {createPath && (
            <Button component={Link} to={createPath} leftSection={<IconPlus size={16} />}>
              {createLabel}
            </Button>
          )}
        </Group>
      </Group>

      {props.filterBar ?? (
        <FilterBar
          list={list}
          filtered={filtered}
          searchLabel={t(`${section}.filters.search` as const)}
          searchPlaceholder={t(`${section}.filters.searchPlaceholder` as const)}
        >
          {props.filters}
        </FilterBar>
      )}

      {props.aside ? (
        <Flex
          direction={{ base: 'column', lg: 'row' }}
          gap="md"
          align={{ base: 'stretch', lg: 'flex-start' }}
        >
          <Box w={{ base: '100%', lg: 240 }} style={{ flexShrink: 0 }}>
            {props.aside}
          </Box>
          <Stack gap="md" style={{ flex: 1, minWidth: 0 }}>
            {results}
          </Stack>
        </Flex>
      ) : (
        results
      )}
    </Stack>
  );
}
