import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Button,
  Group,
  MultiSelect,
  Paper,
  Select,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconChevronLeft, IconChevronRight, IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { PracticesQuery as PracticesData } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { EmptyState, ErrorState } from '../../shared/components/QueryStates';
import { StatusBadge } from '../../shared/components/StatusBadge';
import { formatDate } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { nextPage, previousPage, withFilter } from '../../shared/url-state';
import { useDistrictOptions } from '../geography/useDistricts';
import {
  CONTENT_STATUSES,
  hasActiveFilters,
  PARAM,
  PRACTICE_SORTS,
  practicesVariables,
  readPracticeListState,
} from './practice-list-state';
import { PracticesQuery } from './practices.graphql';

type PracticeRow = PracticesData['practices']['edges'][number]['node'];

const SORT_LABEL = {
  updated: 'practices.filters.sortUpdated',
  published: 'practices.filters.sortPublished',
  title: 'practices.filters.sortTitle',
} as const;

/** Columns as wide as their content, on one line. */
const NARROW = { width: '1%', whiteSpace: 'nowrap' } as const;

/** How many municipalities a row names before "+ N more". */
const MUNICIPALITIES_SHOWN = 3;

export function PracticeListPage() {
  const { t } = useTranslation();
  usePageTitle(t('practices.title'));
  const { language, locale } = useLanguage();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readPracticeListState(params), [params]);
  const variables = useMemo(() => practicesVariables(state, locale), [state, locale]);
  const { data, previousData, loading, error, refetch } = useQuery(PracticesQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const districts = useDistrictOptions(language);

  // The search box updates the URL once typing pauses; the URL (back button) updates the box.
  const [search, setSearch] = useState(state.search);
  const [debouncedSearch] = useDebouncedValue(search, 300);
  useEffect(() => {
    if (debouncedSearch.trim() !== state.search) {
      setParams((current) => withFilter(current, { [PARAM.search]: debouncedSearch }), { replace: true });
    }
    // Only a new debounced value writes the URL.
  }, [debouncedSearch]);
  useEffect(() => {
    setSearch((current) => (current.trim() === state.search ? current : state.search));
  }, [state.search]);

  const setFilter = (key: string, value: string | string[] | null) =>
    setParams((current) => withFilter(current, { [key]: value }));
  const clearFilters = () => {
    setSearch('');
    setParams((current) =>
      withFilter(current, { [PARAM.search]: null, [PARAM.statuses]: null, [PARAM.districtCodes]: null }),
    );
  };

  const connection = shown?.practices;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = hasActiveFilters(state);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('practices.title')}
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {connection ? t('practices.total', { count: connection.totalCount }) : t('common.loading')}
          </Text>
        </div>
        <Button component={Link} to="/practices/new" leftSection={<IconPlus size={16} />}>
          {t('practices.new')}
        </Button>
      </Group>

      <Paper withBorder p="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('practices.filters.search')}
            placeholder={t('practices.filters.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            style={{ flex: '2 1 220px' }}
          />
          <MultiSelect
            label={t('practices.filters.status')}
            placeholder={state.statuses.length ? undefined : t('practices.filters.statusPlaceholder')}
            data={CONTENT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
            value={state.statuses}
            onChange={(value) => setFilter(PARAM.statuses, value)}
            clearable
            style={{ flex: '1 1 180px' }}
          />
          <MultiSelect
            label={t('practices.filters.district')}
            placeholder={state.districtCodes.length ? undefined : t('practices.filters.districtPlaceholder')}
            data={districts.options}
            value={state.districtCodes}
            onChange={(value) => setFilter(PARAM.districtCodes, value)}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            disabled={districts.loading && !districts.options.length}
            style={{ flex: '1 1 180px' }}
          />
          <Select
            label={t('practices.filters.sort')}
            data={PRACTICE_SORTS.map((sort) => ({ value: sort, label: t(SORT_LABEL[sort]) }))}
            value={state.sort}
            onChange={(value) => setFilter(PARAM.sort, value)}
            allowDeselect={false}
            style={{ flex: '1 1 200px' }}
          />
          {filtered && (
            <Button variant="subtle" onClick={clearFilters}>
              {t('common.clearFilters')}
            </Button>
          )}
        </Group>
      </Paper>

      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Paper withBorder>
          <Table.ScrollContainer minWidth={720}>
            <Table
              verticalSpacing="sm"
              highlightOnHover
              style={{ opacity: loading && shown ? 0.6 : 1, transition: 'opacity 150ms' }}
              aria-busy={loading}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="50%">{t('practices.columns.title')}</Table.Th>
                  <Table.Th style={NARROW}>{t('practices.columns.status')}</Table.Th>
                  <Table.Th w="28%">{t('practices.columns.municipalities')}</Table.Th>
                  <Table.Th style={NARROW}>{t('practices.columns.published')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {!shown
                  ? Array.from({ length: 6 }, (_, i) => (
                      <Table.Tr key={i}>
                        {[0, 1, 2, 3].map((cell) => (
                          <Table.Td key={cell}>
                            <Skeleton height={14} radius="sm" />
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))
                  : rows.map((practice) => (
                      <PracticeTableRow key={practice.id} practice={practice} language={language} />
                    ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {shown && rows.length === 0 && (
            <EmptyState
              message={filtered ? t('practices.emptyFiltered') : t('practices.empty')}
              action={
                filtered ? (
                  <Button variant="light" onClick={clearFilters}>
                    {t('common.clearFilters')}
                  </Button>
                ) : (
                  <Button component={Link} to="/practices/new" variant="light">
                    {t('practices.new')}
                  </Button>
                )
              }
            />
          )}
        </Paper>
      )}

      {connection && (connection.pageInfo.hasPreviousPage || connection.pageInfo.hasNextPage) && (
        <Group justify="flex-end" gap="xs" component="nav" aria-label={t('practices.pagination')}>
          <Button
            variant="default"
            leftSection={<IconChevronLeft size={16} />}
            disabled={!connection.pageInfo.hasPreviousPage || !connection.pageInfo.startCursor}
            onClick={() => {
              if (connection.pageInfo.startCursor)
                setParams(previousPage(params, connection.pageInfo.startCursor));
            }}
          >
            {t('common.previous')}
          </Button>
          <Button
            variant="default"
            rightSection={<IconChevronRight size={16} />}
            disabled={!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor}
            onClick={() => {
              if (connection.pageInfo.endCursor) setParams(nextPage(params, connection.pageInfo.endCursor));
            }}
          >
            {t('common.next')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function PracticeTableRow({ practice, language }: { practice: PracticeRow; language: string }) {
  const { t } = useTranslation();
  const names = practice.municipalities.map((m) => (language === 'en' ? m.nameEn : m.nameBg));
  const rest = names.length - MUNICIPALITIES_SHOWN;
  return (
    <Table.Tr>
      <Table.Td style={{ maxWidth: 0 }}>
        <Anchor component={Link} to={`/practices/${practice.id}`} fw={600} lineClamp={2}>
          {practice.title}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {practice.slug}
        </Text>
      </Table.Td>
      <Table.Td style={NARROW}>
        <StatusBadge status={practice.status} />
      </Table.Td>
      <Table.Td>
        <Text size="sm">
          {names.length === 0 ? t('common.none') : names.slice(0, MUNICIPALITIES_SHOWN).join(', ')}
          {rest > 0 && (
            <Text span size="sm" c="dimmed">
              {' '}
              {t('common.more', { count: rest })}
            </Text>
          )}
        </Text>
      </Table.Td>
      <Table.Td style={NARROW}>
        <Text size="sm">
          {practice.publishedAt ? formatDate(practice.publishedAt, language) : t('common.none')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
