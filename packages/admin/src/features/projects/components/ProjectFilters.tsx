import { ActionIcon, Group, Select, Tooltip } from '@mantine/core';
import { IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ContentFilters, whileEmpty } from '../../content-filters';
import type { ListUrlState } from '../../../shared/list/useListUrlState';
import {
  extraFilterCount,
  hasActiveProjectFilters,
  PROJECT_PARAM as PARAM,
  PROJECT_SORTS,
  type ProjectListState,
  type ProjectSort,
  type ProjectSortDirection,
} from '../project-list-state';
import { FunderFilter } from './FunderFilter';

interface Props {
  list: ListUrlState<ProjectListState>;
  setSort: (sort: ProjectSort, direction: ProjectSortDirection) => void;
}

/** The shared content filters, with an order that can turn either way and a funder filter. */
export function ProjectFilters({ list, setSort }: Props) {
  const { t } = useTranslation();
  const { state } = list;
  const descending = state.direction === 'desc';
  const directionLabel = descending ? t('projects.sort.desc') : t('projects.sort.asc');

  return (
    <ContentFilters
      section="projects"
      list={list}
      filtered={hasActiveProjectFilters(state)}
      moreCount={extraFilterCount(state)}
      order={
        <Group gap={4} align="flex-end" wrap="nowrap" style={{ flex: '1 1 200px', minWidth: 0 }}>
          <Select
            label={t('projects.filters.sort')}
            data={PROJECT_SORTS.map((sort) => ({ value: sort, label: t(`projects.sort.${sort}`) }))}
            value={state.sort}
            onChange={(value) => value && setSort(value as ProjectSort, state.direction)}
            allowDeselect={false}
            style={{ flex: 1, minWidth: 0 }}
          />
          <Tooltip label={directionLabel}>
            <ActionIcon
              size={36}
              variant="default"
              aria-label={directionLabel}
              aria-pressed={descending}
              onClick={() => setSort(state.sort, descending ? 'asc' : 'desc')}
            >
              {descending ? <IconSortDescending size={18} /> : <IconSortAscending size={18} />}
            </ActionIcon>
          </Tooltip>
        </Group>
      }
      extra={
        <FunderFilter
          label={t('projects.filters.funder')}
          placeholder={whileEmpty(state.funderIds, t('filters.anyPlaceholder'))}
          value={state.funderIds}
          onChange={(value) => list.setFilters({ [PARAM.funderIds]: value })}
        />
      }
    />
  );
}
