import { useQuery } from '@apollo/client/react';
import { Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectsQuery as ProjectsData } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { StatusBadge } from '../../shared/components/StatusBadge';
import { formatAmount, formatPeriod } from '../../shared/format';
import { type ListColumn, NARROW_CELL } from '../../shared/list/DataTable';
import { ListPage } from '../../shared/list/ListPage';
import { nextSortDirection } from '../../shared/list/list-url';
import { TitleCell } from '../../shared/list/TitleCell';
import { useListUrlState } from '../../shared/list/useListUrlState';
import { FacetsPanel } from '../content-filters';
import { ProjectFilters } from './components/ProjectFilters';
import {
  DEFAULT_DIRECTION,
  hasActiveProjectFilters,
  PROJECT_LIST_KEYS,
  type ProjectSort,
  type ProjectSortDirection,
  projectsVariables,
  readProjectListState,
  sortPatch,
} from './project-list-state';
import { ProjectsQuery } from './projects.graphql';
import { ExportButton } from '../../shared/components/ExportButton';

type ProjectRow = ProjectsData['projects']['edges'][number]['node'];

export function ProjectListPage() {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const list = useListUrlState(readProjectListState, PROJECT_LIST_KEYS);
  const { state } = list;
  const variables = useMemo(() => projectsVariables(state, locale), [state, locale]);
  const query = useQuery(ProjectsQuery, { variables, fetchPolicy: 'cache-and-network' });
  const setSort = (sort: ProjectSort, direction: ProjectSortDirection) =>
    list.setFilters(sortPatch(sort, direction));
  const filtered = hasActiveProjectFilters(state);
  const projects = (query.data ?? query.previousData)?.projects;

  /** A header that orders by its column; the first click goes the column's own way. */
  const sortable = (sort: ProjectSort, label: string, column: Partial<ListColumn> = {}): ListColumn => {
    const active = state.sort === sort;
    return {
      ...column,
      label,
      sort: {
        active,
        direction: state.direction,
        onSort: () => setSort(sort, nextSortDirection(active, state.direction, DEFAULT_DIRECTION[sort])),
        label: t('projects.sort.by', { column: label }),
      },
    };
  };

  return (
    <ListPage
      actions={<ExportButton list="projects" variables={variables} />}
      section="projects"
      list={list}
      createPath="/projects/new"
      connection={projects}
      query={query}
      filtered={filtered}
      filterBar={<ProjectFilters list={list} setSort={setSort} />}
      aside={
        <FacetsPanel
          facets={projects?.facets}
          state={state}
          setFilters={list.setFilters}
          loading={query.loading}
          type="Project"
        />
      }
      table={{
        minWidth: 820,
        columns: [
          sortable('title', t('projects.columns.title'), { width: '42%' }),
          { label: t('projects.columns.status'), narrow: true },
          { label: t('projects.columns.lead'), width: '22%' },
          sortable('start', t('projects.columns.period')),
          sortable('budget', t('projects.columns.budget'), { align: 'right' }),
        ],
        renderRow: (project) => <ProjectTableRow key={project.id} project={project} language={language} />,
      }}
    />
  );
}

function ProjectTableRow({ project, language }: { project: ProjectRow; language: string }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <TitleCell
        to={`/projects/${project.id}`}
        title={project.title}
        subtitle={project.slug}
        minWidth={220}
      />
      <Table.Td style={NARROW_CELL}>
        <StatusBadge status={project.status} type="Project" />
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2}>
          {project.leadOrganization?.name ?? t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td style={{ minWidth: 130 }}>
        <Text size="sm">{formatPeriod(project.period, language) || t('common.none')}</Text>
      </Table.Td>
      <Table.Td style={{ ...NARROW_CELL, textAlign: 'right' }}>
        {project.budget ? (
          <>
            <Text size="sm">{formatAmount(project.budget.amount, project.budget.currency, language)}</Text>
            {project.budget.currency === 'BGN' && (
              <Text size="xs" c="dimmed">
                {formatAmount(project.budget.amountEur, 'EUR', language)}
              </Text>
            )}
          </>
        ) : (
          <Text size="sm">{t('common.none')}</Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
