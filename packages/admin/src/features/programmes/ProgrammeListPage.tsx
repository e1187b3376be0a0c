import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  MultiSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { ContentStatus, VolunteerProgrammesQuery as ProgrammesData } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { EmptyState, ErrorState } from '../../shared/components/QueryStates';
import { StatusBadge } from '../../shared/components/StatusBadge';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { withFilter } from '../../shared/url-state';
import { ListPager } from './components/ListPager';
import { formatHours } from './hours';
import {
  hasSimpleFilters,
  LIST_PARAM,
  PROGRAMME_STATUSES,
  programmesVariables,
  readSimpleListState,
} from './list-state';
import { VolunteerProgrammesQuery } from './programmes.graphql';
import { useProgrammeScope } from './useProgrammeScope';
import { useUrlSearch } from './useUrlSearch';

type ProgrammeRow = ProgrammesData['volunteerProgrammes']['edges'][number]['node'];

const NARROW = { width: '1%', whiteSpace: 'nowrap' } as const;
const MUNICIPALITIES_SHOWN = 3;

/** /volunteer-programmes: every programme with its volunteers and hours. */
export function ProgrammeListPage() {
  const { t } = useTranslation();
  usePageTitle(t('programmes.title'));
  const { language, locale } = useLanguage();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSimpleListState<ContentStatus>(params, PROGRAMME_STATUSES), [params]);
  const variables = useMemo(() => programmesVariables(state, locale), [state, locale]);
  const { data, previousData, loading, error, refetch } = useQuery(VolunteerProgrammesQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const scope = useProgrammeScope();
  const [search, setSearch] = useUrlSearch(LIST_PARAM.search, state.search);
  const shown = data ?? previousData;
  const connection = shown?.volunteerProgrammes;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = hasSimpleFilters(state);
  const clearFilters = () => {
    setSearch('');
    setParams((current) => withFilter(current, { [LIST_PARAM.search]: null, [LIST_PARAM.choices]: null }));
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('programmes.title')}
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {connection ? t('programmes.total', { count: connection.totalCount }) : t('common.loading')}
          </Text>
        </div>
        {scope.canCreate && (
          <Button component={Link} to="/volunteer-programmes/new" leftSection={<IconPlus size={16} />}>
            {t('programmes.new')}
          </Button>
        )}
      </Group>

      <Paper withBorder p="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('programmes.filters.search')}
            placeholder={t('programmes.filters.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            style={{ flex: '2 1 220px' }}
          />
          <MultiSelect
            label={t('programmes.filters.status')}
            placeholder={state.choices.length ? undefined : t('programmes.filters.statusPlaceholder')}
            data={PROGRAMME_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
            value={state.choices}
            onChange={(value) => setParams((current) => withFilter(current, { [LIST_PARAM.choices]: value }))}
            clearable
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
                  <Table.Th w="40%">{t('programmes.columns.name')}</Table.Th>
                  <Table.Th style={NARROW}>{t('programmes.columns.status')}</Table.Th>
                  <Table.Th w="25%">{t('programmes.columns.municipalities')}</Table.Th>
                  <Table.Th style={NARROW} ta="right">
                    {t('programmes.columns.volunteers')}
                  </Table.Th>
                  <Table.Th style={NARROW} ta="right">
                    {t('programmes.columns.hours')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {!shown
                  ? Array.from({ length: 5 }, (_, i) => (
                      <Table.Tr key={i}>
                        {[0, 1, 2, 3, 4].map((cell) => (
                          <Table.Td key={cell}>
                            <Skeleton height={14} radius="sm" />
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))
                  : rows.map((programme) => (
                      <ProgrammeTableRow
                        key={programme.id}
                        programme={programme}
                        language={language}
                        mine={scope.coordinatedIds.includes(programme.id)}
                      />
                    ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {shown && rows.length === 0 && (
            <EmptyState
              message={filtered ? t('programmes.emptyFiltered') : t('programmes.empty')}
              action={
                filtered ? (
                  <Button variant="light" onClick={clearFilters}>
                    {t('common.clearFilters')}
                  </Button>
                ) : scope.canCreate ? (
                  <Button component={Link} to="/volunteer-programmes/new" variant="light">
                    {t('programmes.new')}
                  </Button>
                ) : undefined
              }
            />
          )}
        </Paper>
      )}
      <ListPager pageInfo={connection?.pageInfo} />
    </Stack>
  );
}

function ProgrammeTableRow({
  programme,
  language,
  mine,
}: {
  programme: ProgrammeRow;
  language: string;
  mine: boolean;
}) {
  const { t } = useTranslation();
  const names = programme.municipalities.map((m) => (language === 'en' ? m.nameEn : m.nameBg));
  const rest = names.length - MUNICIPALITIES_SHOWN;
  return (
    <Table.Tr>
      <Table.Td style={{ maxWidth: 0 }}>
        <Group gap={6} wrap="nowrap">
          <Anchor component={Link} to={`/volunteer-programmes/${programme.id}`} fw={600} lineClamp={2}>
            {programme.name}
          </Anchor>
          {mine && (
            <Badge size="xs" variant="outline" color="teal" miw="max-content">
              {t('programmes.mine')}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed" truncate>
          {programme.organization?.name ?? programme.slug}
        </Text>
      </Table.Td>
      <Table.Td style={NARROW}>
        <StatusBadge status={programme.status} />
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
      <Table.Td style={NARROW} ta="right">
        {programme.volunteerCount}
      </Table.Td>
      <Table.Td style={NARROW} ta="right">
        {formatHours(programme.hoursLogged, language)}
      </Table.Td>
    </Table.Tr>
  );
}
