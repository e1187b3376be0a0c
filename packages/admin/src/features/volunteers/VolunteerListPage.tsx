import { useQuery } from '@apollo/client/react';
import {
  Anchor,
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
  Tooltip,
} from '@mantine/core';
import { IconLock, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { VolunteerDetailFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { EmptyState, ErrorState } from '../../shared/components/QueryStates';
import { formatDate } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { withFilter } from '../../shared/url-state';
import { MunicipalitySelect } from '../geography/MunicipalitySelect';
import { ListPager } from '../programmes/components/ListPager';
import { formatHours, sumHours } from '../programmes/hours';
import { useProgrammeScope } from '../programmes/useProgrammeScope';
import { useUrlSearch } from '../programmes/useUrlSearch';
import { VettingBadge } from './components/VettingBadge';
import {
  hasVolunteerFilters,
  readVolunteerListState,
  VETTING_STATUSES,
  VOLUNTEER_PARAM,
  volunteersVariables,
} from './volunteer-list-state';
import { VolunteersQuery } from './volunteers.graphql';

const NARROW = { width: '1%', whiteSpace: 'nowrap' } as const;
const COLUMNS = 7;

/** /volunteers: the roster of the programmes the user may see, with contact data where allowed. */
export function VolunteerListPage() {
  const { t } = useTranslation();
  usePageTitle(t('volunteers.title'));
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readVolunteerListState(params), [params]);
  const variables = useMemo(() => volunteersVariables(state), [state]);
  const { data, previousData, loading, error, refetch } = useQuery(VolunteersQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const scope = useProgrammeScope();
  const [search, setSearch] = useUrlSearch(VOLUNTEER_PARAM.search, state.search);
  const shown = data ?? previousData;
  const connection = shown?.volunteers;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = hasVolunteerFilters(state);
  const programmeOptions = scope.assignable.length ? scope.assignable : scope.all;
  const setFilter = (key: string, value: string[]) =>
    setParams((current) => withFilter(current, { [key]: value }));
  const clearFilters = () => {
    setSearch('');
    setParams((current) =>
      withFilter(current, Object.fromEntries(Object.values(VOLUNTEER_PARAM).map((key) => [key, null]))),
    );
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('volunteers.title')}
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {connection ? t('volunteers.total', { count: connection.totalCount }) : t('common.loading')}
          </Text>
        </div>
        <Button component={Link} to="/volunteers/new" leftSection={<IconPlus size={16} />}>
          {t('volunteers.new')}
        </Button>
      </Group>

      <Paper withBorder p="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('volunteers.filters.search')}
            placeholder={t('volunteers.filters.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            style={{ flex: '2 1 200px' }}
          />
          <MultiSelect
            label={t('volunteers.filters.programme')}
            placeholder={state.programmeIds.length ? undefined : t('volunteers.filters.programmePlaceholder')}
            data={programmeOptions}
            value={state.programmeIds}
            onChange={(value) => setFilter(VOLUNTEER_PARAM.programmeIds, value)}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            style={{ flex: '2 1 220px' }}
          />
          <MultiSelect
            label={t('volunteers.filters.vetting')}
            placeholder={
              state.vettingStatuses.length ? undefined : t('volunteers.filters.vettingPlaceholder')
            }
            data={VETTING_STATUSES.map((status) => ({
              value: status,
              label: t(`volunteers.vetting.${status}`),
            }))}
            value={state.vettingStatuses}
            onChange={(value) => setFilter(VOLUNTEER_PARAM.vettingStatuses, value)}
            clearable
            style={{ flex: '1 1 180px' }}
          />
          <MunicipalitySelect
            label={t('volunteers.filters.municipality')}
            placeholder={
              state.municipalityCodes.length ? undefined : t('volunteers.filters.municipalityPlaceholder')
            }
            value={state.municipalityCodes}
            onChange={(value) => setFilter(VOLUNTEER_PARAM.municipalityCodes, value)}
            style={{ flex: '2 1 220px' }}
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
          <Table.ScrollContainer minWidth={880}>
            <Table
              verticalSpacing="sm"
              highlightOnHover
              style={{ opacity: loading && shown ? 0.6 : 1, transition: 'opacity 150ms' }}
              aria-busy={loading}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('volunteers.columns.name')}</Table.Th>
                  <Table.Th>{t('volunteers.columns.programmes')}</Table.Th>
                  <Table.Th>{t('volunteers.columns.contact')}</Table.Th>
                  <Table.Th style={NARROW}>{t('volunteers.columns.vetting')}</Table.Th>
                  <Table.Th style={NARROW}>{t('volunteers.columns.consent')}</Table.Th>
                  <Table.Th style={NARROW}>{t('volunteers.columns.municipality')}</Table.Th>
                  <Table.Th style={NARROW} ta="right">
                    {t('volunteers.columns.hours')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {!shown
                  ? Array.from({ length: 6 }, (_, i) => (
                      <Table.Tr key={i}>
                        {Array.from({ length: COLUMNS }, (_, cell) => (
                          <Table.Td key={cell}>
                            <Skeleton height={14} radius="sm" />
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))
                  : rows.map((volunteer) => <VolunteerRow key={volunteer.id} volunteer={volunteer} />)}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {shown && rows.length === 0 && (
            <EmptyState
              message={filtered ? t('volunteers.emptyFiltered') : t('volunteers.empty')}
              action={
                filtered ? (
                  <Button variant="light" onClick={clearFilters}>
                    {t('common.clearFilters')}
                  </Button>
                ) : (
                  <Button component={Link} to="/volunteers/new" variant="light">
                    {t('volunteers.new')}
                  </Button>
                )
              }
            />
          )}
        </Paper>
      )}
      <ListPager pageInfo={connection?.pageInfo} />
    </Stack>
  );
}

function VolunteerRow({ volunteer }: { volunteer: VolunteerDetailFragment }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const programmes = [...new Set(volunteer.assignments.map((a) => a.programme?.name).filter(Boolean))];
  const hours = sumHours(volunteer.assignments.map((a) => a.hoursLogged));
  const municipality = volunteer.municipality
    ? language === 'en'
      ? volunteer.municipality.nameEn
      : volunteer.municipality.nameBg
    : null;
  return (
    <Table.Tr>
      <Table.Td>
        <Anchor component={Link} to={`/volunteers/${volunteer.id}`} state={{ name: volunteer.name }} fw={600}>
          {volunteer.name}
        </Anchor>
        {volunteer.skills.length > 0 && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {volunteer.skills.join(', ')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{programmes.length ? programmes.join(', ') : t('volunteers.unassigned')}</Text>
      </Table.Td>
      <Table.Td>
        {volunteer.contact ? (
          <Stack gap={0}>
            {volunteer.contact.email && (
              <Anchor href={`mailto:${volunteer.contact.email}`} size="sm">
                {volunteer.contact.email}
              </Anchor>
            )}
            {volunteer.contact.phone && <Text size="sm">{volunteer.contact.phone}</Text>}
            {!volunteer.contact.email && !volunteer.contact.phone && (
              <Text size="sm" c="dimmed">
                {t('common.none')}
              </Text>
            )}
          </Stack>
        ) : (
          <Tooltip label={t('volunteers.contactHiddenHint')} multiline w={260}>
            <Group gap={4} c="dimmed" wrap="nowrap" tabIndex={0}>
              <IconLock size={14} aria-hidden />
              <Text size="sm">{t('volunteers.contactHidden')}</Text>
            </Group>
          </Tooltip>
        )}
      </Table.Td>
      <Table.Td style={NARROW}>
        <VettingBadge status={volunteer.vettingStatus} />
      </Table.Td>
      <Table.Td style={NARROW}>
        {volunteer.consentGivenAt ? (
          <Text size="sm">{formatDate(volunteer.consentGivenAt, language)}</Text>
        ) : (
          <Text size="sm" c="orange.8">
            {t('volunteers.noConsent')}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={NARROW}>
        <Text size="sm">{municipality ?? t('common.none')}</Text>
      </Table.Td>
      <Table.Td style={NARROW} ta="right">
        {formatHours(hours, language)}
      </Table.Td>
    </Table.Tr>
  );
}
