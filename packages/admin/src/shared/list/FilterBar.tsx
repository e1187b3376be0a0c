import { Button, Group, Paper } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ListSearchInput } from './ListSearchInput';
import type { ListUrlState } from './useListUrlState';

interface Props {
  list: Pick<ListUrlState<unknown>, 'search' | 'setSearch' | 'clearFilters'>;
  /** Whether any filter is set: only then "clear filters" is offered. */
  filtered: boolean;
  searchLabel: string;
  searchPlaceholder: string;
  /** The list's own filters and order, after the search. */
  children: ReactNode;
}

/** The search and filters above a list, in one wrapping row. */
export function FilterBar({ list, filtered, searchLabel, searchPlaceholder, children }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Group align="flex-end" gap="sm" wrap="wrap">
        <ListSearchInput list={list} label={searchLabel} placeholder={searchPlaceholder} />
        {children}
        {filtered && (
          <Button variant="subtle" onClick={list.clearFilters}>
            {t('common.clearFilters')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
