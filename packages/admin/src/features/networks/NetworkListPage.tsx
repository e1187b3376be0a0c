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
import type { NetworkScope, PartnerNetworksQueryVariables } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { EmptyState, ErrorState } from '../../shared/components/QueryStates';
import { formatDate } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { pageArgs, withFilter } from '../../shared/url-state';
import { ListPager } from '../programmes/components/ListPager';
import { hasSimpleFilters, LIST_PARAM, readSimpleListState } from '../programmes/list-state';
import { useUrlSearch } from '../programmes/useUrlSearch';
import { currentMemberCount, NETWORK_SCOPES, todayInSofia } from './network-form';
import { PartnerNetworksQuery } from './networks.graphql';

const NARROW = { width: '1%', whiteSpace: 'nowrap' } as const;
const PAGE_SIZE = 20;
/** `?scope=REGIONAL,NATIONAL`. */
const SCOPE_PARAM = 'scope';

export const SCOPE_COLORS: Record<NetworkScope, string> = {
  MUNICIPAL: 'blue',
  REGIONAL: 'grape',
  NATIONAL: 'teal',
};

/** /networks: partner networks with their coordinator and current members. */
export function NetworkListPage() {
  const { t } = useTranslation();
  usePageTitle(t('networks.title'));
  const { language, locale } = useLanguage();
  const [params, setParams] = useSearchParams();
  const state = useMemo(
    () => readSimpleListState<NetworkScope>(params, NETWORK_SCOPES, SCOPE_PARAM),
    [params],
  );
  const variables = useMemo<PartnerNetworksQueryVariables>(() => {
    const filter: NonNullable<PartnerNetworksQueryVariables['filter']> = {};
    if (state.search) filter.search = state.search;
    if (state.choices.length) filter.scopes = state.choices;
    return { ...pageArgs(state, PAGE_SIZE), filter, locale };
  }, [state, locale]);
  const { data, previousData, loading, error, refetch } = useQuery(PartnerNetworksQuery, {
    variables,
    fetchPolicy: 'cache-and-network',
  });
  const [search, setSearch] = useUrlSearch(LIST_PARAM.search, state.search);
  const shown = data ?? previousData;
  const connection = shown?.partnerNetworks;
  const rows = connection?.edges.map((e) => e.node) ?? [];
  const filtered = hasSimpleFilters(state);
  const today = todayInSofia();
  const clearFilters = () => {
    setSearch('');
    setParams((current) => withFilter(current, { [LIST_PARAM.search]: null, [SCOPE_PARAM]: null }));
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('networks.title')}
          </Title>
          <Text c="dimmed" size="sm" aria-live="polite">
            {connection ? t('networks.total', { count: connection.totalCount }) : t('common.loading')}
          </Text>
        </div>
        <Button component={Link} to="/networks/new" leftSection={<IconPlus size={16} />}>
          {t('networks.new')}
        </Button>
      </Group>

      <Paper withBorder p="md">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('networks.filters.search')}
            placeholder={t('networks.filters.searchPlaceholder')}
            leftSection={<IconSearch size={16} />}
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            style={{ flex: '2 1 220px' }}
          />
          <MultiSelect
            label={t('networks.filters.scope')}
            placeholder={state.choices.length ? undefined : t('networks.filters.scopePlaceholder')}
            data={NETWORK_SCOPES.map((scope) => ({ value: scope, label: t(`networks.scope.${scope}`) }))}
            value={state.choices}
            onChange={(value) => setParams((current) => withFilter(current, { [SCOPE_PARAM]: value }))}
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
                  <Table.Th w="40%">{t('networks.columns.name')}</Table.Th>
                  <Table.Th style={NARROW}>{t('networks.columns.scope')}</Table.Th>
                  <Table.Th>{t('networks.columns.coordinator')}</Table.Th>
                  <Table.Th style={NARROW} ta="right">
                    {t('networks.columns.members')}
                  </Table.Th>
                  <Table.Th style={NARROW}>{t('networks.columns.updated')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {!shown
                  ? Array.from({ length: 4 }, (_, i) => (
                      <Table.Tr key={i}>
                        {[0, 1, 2, 3, 4].map((cell) => (
                          <Table.Td key={cell}>
                            <Skeleton height={14} radius="sm" />
                          </Table.Td>
                        ))}
                      </Table.Tr>
                    ))
                  : rows.map((network) => (
                      <Table.Tr key={network.id}>
                        <Table.Td style={{ maxWidth: 0 }}>
                          <Anchor component={Link} to={`/networks/${network.id}`} fw={600} lineClamp={2}>
                            {network.name}
                          </Anchor>
                          <Text size="xs" c="dimmed" truncate>
                            {network.slug}
                          </Text>
                        </Table.Td>
                        <Table.Td style={NARROW}>
                          <Badge
                            color={SCOPE_COLORS[network.scope]}
                            variant="light"
                            radius="sm"
                            miw="max-content"
                          >
                            {t(`networks.scope.${network.scope}`)}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{network.coordinator?.name ?? t('common.none')}</Text>
                        </Table.Td>
                        <Table.Td style={NARROW} ta="right">
                          {currentMemberCount(network.memberships, today)}
                        </Table.Td>
                        <Table.Td style={NARROW}>
                          <Text size="sm">{formatDate(network.updatedAt, language)}</Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {shown && rows.length === 0 && (
            <EmptyState
              message={filtered ? t('networks.emptyFiltered') : t('networks.empty')}
              action={
                filtered ? (
                  <Button variant="light" onClick={clearFilters}>
                    {t('common.clearFilters')}
                  </Button>
                ) : (
                  <Button component={Link} to="/networks/new" variant="light">
                    {t('networks.new')}
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
