import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Group,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { IconArrowsSort, IconPlus, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ProjectsQuery as ProjectsData } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { CursorPagination } from '../../shared/components/CursorPagination';
import { EmptyState, ErrorState } from '../../shared/components/QueryStates';
import { StatusBadge } from '../../shared/components/StatusBadge';
import { formatAmount, formatPeriod } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { withFilter } from '../../shared/url-state';
import { ProjectFilters } from './components/ProjectFilters';
import {
  DEFAULT_DIRECTION,
  hasActiveProjectFilters,
  PROJECT_FILTER_PARAMS,
  type ProjectListState,
  type ProjectSort,
  type ProjectSortDirection,
  projectsVariables,
  readProjectListState,
  sortPatch,
} from './project-list-state';
import { ProjectsQuery } from './projects.graphql';

type ProjectRow = ProjectsData['projects']['edges'][number]['node'];

const NARROW = { width: '1%', whiteSpace: 'nowrap' } as const;

export function ProjectListPage() {
  const { t } = useTranslation();
  usePageTitle(t('projects.title'));
  const { language, locale } = useLanguage();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readProjectListState(params), [params]);
  const variables = useMemo(() => projectsVariables(state, locale), [state, locale]);
  const { data, previousData, loading, error, refetch } = useQuery(ProjectsQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;

  const setFilter = (key: string, value: string | string[] | null, replace = false) =>
    setParams((current) => withFilter(current, { [key]: value }), { replace });
  const setSort = (sort: ProjectSort, direction: ProjectSortDirection) =>
    setParams((current) => withFilter(current, sortPatch(sort, direction)));
  const clearFilters = () =>
    setParams((current) =>
      withFilter(current, Object.fromEntries(PROJECT_FILTER_PARAMS.map((p) => [p, null]))),
    );

  const connection = shown?.projects;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = hasActiveProjectFilters(state);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('projects.title')}
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {connection ? t('projects.total', { count: connection.totalCount }) : t('common.loading')}
          </Text>
        </div>
        <Button component={Link} to="/projects/new" leftSection={<IconPlus size={16} />}>
          {t('projects.new')}
        </Button>
      </Group>

      <ProjectFilters state={state} setFilter={setFilter} setSort={setSort} clearFilters={clearFilters} />

      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={820}>
            <Table
              verticalSpacing="sm"
              highlightOnHover
              style={{ opacity: loading && shown ? 0.6 : 1, transition: 'opacity 150ms' }}
              aria-busy={loading}
            >
              <Table.Thead>
                <Table.Tr>
                  <SortHeader sort="title" state={state} onSort={setSort} w="42%">
                    {t('projects.columns.title')}
                  </SortHeader>
                  <Table.Th style={NARROW}>{t('projects.columns.status')}</Table.Th>
                  <Table.Th w="22%">{t('projects.columns.lead')}</Table.Th>
                  <SortHeader sort="start" state={state} onSort={setSort}>
                    {t('projects.columns.period')}
                  </SortHeader>
                  <SortHeader sort="budget" state={state} onSort={setSort} align="right">
                    {t('projects.columns.budget')}
                  </SortHeader>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {!shown
                  ? Array.from({ length: 6 }, (_, i) => (
                      <Table.Tr key={i}>
                        {[0, 1, 2, 3, 4].map((cell) => (
                          <Table.Td key={cell}>
                            <Skeleton height={14} radius="sm" />
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))
                  : rows.map((project) => (
                      <ProjectTableRow key={project.id} project={project} language={language} />
                    ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {shown && rows.length === 0 && (
            <EmptyState
              message={filtered ? t('projects.emptyFiltered') : t('projects.empty')}
              action={
                filtered ? (
                  <Button variant="light" onClick={clearFilters}>
                    {t('common.clearFilters')}
                  </Button>
                ) : (
                  <Button component={Link} to="/projects/new" variant="light">
                    {t('projects.new')}
                  </Button>
                )
              }
            />
          )}
        </Paper>
      )}

      {connection && <CursorPagination pageInfo={connection.pageInfo} label={t('projects.pagination')} />}
    </Stack>
  );
}

interface SortHeaderProps {
  sort: ProjectSort;
  state: ProjectListState;
  onSort: (sort: ProjectSort, direction: ProjectSortDirection) => void;
  children: string;
  w?: string;
  align?: 'left' | 'right';
}

/** A column header that orders the list by it; again reverses the order. */
function SortHeader({ sort, state, onSort, children, w, align = 'left' }: SortHeaderProps) {
  const { t } = useTranslation();
  const active = state.sort === sort;
  const Icon = !active ? IconArrowsSort : state.direction === 'desc' ? IconSortDescending : IconSortAscending;
  const next: ProjectSortDirection = active
    ? state.direction === 'desc'
      ? 'asc'
      : 'desc'
    : DEFAULT_DIRECTION[sort];
  return (
    <Table.Th
      w={w}
      style={{ whiteSpace: 'nowrap', textAlign: align }}
      aria-sort={active ? (state.direction === 'desc' ? 'descending' : 'ascending') : 'none'}
    >
      <UnstyledButton
        onClick={() => onSort(sort, next)}
        aria-label={t('projects.sort.by', { column: children })}
        style={{ font: 'inherit', fontWeight: 'inherit' }}
      >
        <Group gap={4} wrap="nowrap" justify={align === 'right' ? 'flex-end' : 'flex-start'}>
          {children}
          <Icon size={14} color={active ? undefined : 'var(--mantine-color-gray-5)'} aria-hidden />
        </Group>
      </UnstyledButton>
    </Table.Th>
  );
}

function ProjectTableRow({ project, language }: { project: ProjectRow; language: string }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <Table.Td style={{ maxWidth: 0, minWidth: 220 }}>
        <Anchor component={Link} to={`/projects/${project.id}`} fw={600} lineClamp={2}>
          {project.title}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {project.slug}
        </Text>
      </Table.Td>
      <Table.Td style={NARROW}>
        <StatusBadge status={project.status} />
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={2}>
          {project.leadOrganization?.name ?? t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td style={{ minWidth: 130 }}>
        <Text size="sm">{formatPeriod(project.period, language) || t('common.none')}</Text>
      </Table.Td>
      <Table.Td style={{ ...NARROW, textAlign: 'right' }}>
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
