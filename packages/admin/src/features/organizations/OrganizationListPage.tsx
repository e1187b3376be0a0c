import { useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
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
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { OrganizationsQuery as OrganizationsData } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { CursorPagination } from '../../shared/components/CursorPagination';
import { EmptyState, ErrorState } from '../../shared/components/QueryStates';
import { formatDate } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { withFilter } from '../../shared/url-state';
import { useDistrictOptions } from '../geography/useDistricts';
import {
  hasActiveOrganizationFilters,
  ORGANIZATION_KINDS,
  ORGANIZATION_PARAM as PARAM,
  ORGANIZATION_SORTS,
  organizationsVariables,
  readOrganizationListState,
} from './organization-list-state';
import { OrganizationsQuery } from './organizations.graphql';

type OrganizationRow = OrganizationsData['organizations']['edges'][number]['node'];

const NARROW = { width: '1%', whiteSpace: 'nowrap' } as const;

export function OrganizationListPage() {
  const { t } = useTranslation();
  usePageTitle(t('organizations.title'));
  const { language, locale } = useLanguage();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readOrganizationListState(params), [params]);
  const variables = useMemo(() => organizationsVariables(state, locale), [state, locale]);
  const { data, previousData, loading, error, refetch } = useQuery(OrganizationsQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const districts = useDistrictOptions(language);

  // The search box writes the URL once typing pauses; the URL (back button) updates the box.
  const [search, setSearch] = useState(state.search);
  const [debouncedSearch] = useDebouncedValue(search, 300);
  useEffect(() => {
    if (debouncedSearch.trim() !== state.search) {
      setParams((current) => withFilter(current, { [PARAM.search]: debouncedSearch }), { replace: true });
    }
  }, [debouncedSearch]);
  useEffect(() => {
    setSearch((current) => (current.trim() === state.search ? current : state.search));
  }, [state.search]);

  const setFilter = (key: string, value: string | string[] | null) =>
    setParams((current) => withFilter(current, { [key]: value }));
  const clearFilters = () => {
    setSearch('');
    setParams((current) =>
      withFilter(current, { [PARAM.search]: null, [PARAM.kinds]: null, [PARAM.districtCodes]: null }),
    );
  };

  const connection = shown?.organizations;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = hasActiveOrganizationFilters(state);

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('organizations.title')}
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {connection ? t('organizations.total', { count: connection.totalCount }) : t('common.loading')}
          </Text>
        </div>
        <Button component={Link} to="/organizations/new" leftSection={<IconPlus size={16} />}>
          {t('organizations.new')}
        </Button>
      </Group>

      <Paper withBorder p="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('organizations.filters.search')}
            placeholder={t('organizations.filters.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            style={{ flex: '2 1 220px' }}
          />
          <MultiSelect
            label={t('organizations.filters.kind')}
            placeholder={state.kinds.length ? undefined : t('organizations.filters.kindPlaceholder')}
            data={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`organizations.kind.${kind}`) }))}
            value={state.kinds}
            onChange={(value) => setFilter(PARAM.kinds, value)}
            clearable
            style={{ flex: '1 1 180px' }}
          />
          <MultiSelect
            label={t('organizations.filters.district')}
            placeholder={
              state.districtCodes.length ? undefined : t('organizations.filters.districtPlaceholder')
            }
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
            label={t('organizations.filters.sort')}
            data={ORGANIZATION_SORTS.map((sort) => ({ value: sort, label: t(`organizations.sort.${sort}`) }))}
            value={state.sort}
            onChange={(value) => setFilter(PARAM.sort, value)}
            allowDeselect={false}
            style={{ flex: '1 1 180px' }}
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
          <Table.ScrollContainer minWidth={680}>
            <Table
              verticalSpacing="sm"
              highlightOnHover
              style={{ opacity: loading && shown ? 0.6 : 1, transition: 'opacity 150ms' }}
              aria-busy={loading}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="45%">{t('organizations.columns.name')}</Table.Th>
                  <Table.Th style={NARROW}>{t('organizations.columns.kind')}</Table.Th>
                  <Table.Th>{t('organizations.columns.municipality')}</Table.Th>
                  <Table.Th>{t('organizations.columns.contact')}</Table.Th>
                  <Table.Th style={NARROW}>{t('organizations.columns.updated')}</Table.Th>
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
                  : rows.map((row) => (
                      <OrganizationTableRow key={row.id} organization={row} language={language} />
                    ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {shown && rows.length === 0 && (
            <EmptyState
              message={filtered ? t('organizations.emptyFiltered') : t('organizations.empty')}
              action={
                filtered ? (
                  <Button variant="light" onClick={clearFilters}>
                    {t('common.clearFilters')}
                  </Button>
                ) : (
                  <Button component={Link} to="/organizations/new" variant="light">
                    {t('organizations.new')}
                  </Button>
                )
              }
            />
          )}
        </Paper>
      )}

      {connection && (
        <CursorPagination pageInfo={connection.pageInfo} label={t('organizations.pagination')} />
      )}
    </Stack>
  );
}

function OrganizationTableRow({
  organization,
  language,
}: {
  organization: OrganizationRow;
  language: string;
}) {
  const { t } = useTranslation();
  const seat = organization.municipality;
  const contact = organization.contact.email ?? organization.contact.website;
  return (
    <Table.Tr>
      <Table.Td style={{ maxWidth: 0 }}>
        <Anchor component={Link} to={`/organizations/${organization.id}`} fw={600} lineClamp={2}>
          {organization.name}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {organization.slug}
        </Text>
      </Table.Td>
      <Table.Td style={NARROW}>
        <Badge variant="light" color="gray" radius="sm" miw="max-content">
          {t(`organizations.kind.${organization.kind}`)}
        </Badge>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{seat ? (language === 'en' ? seat.nameEn : seat.nameBg) : t('common.none')}</Text>
      </Table.Td>
      <Table.Td style={{ maxWidth: 0 }}>
        <Text size="sm" truncate>
          {contact ?? t('common.none')}
        </Text>
      </Table.Td>
      <Table.Td style={NARROW}>
        <Text size="sm">{formatDate(organization.updatedAt, language)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
