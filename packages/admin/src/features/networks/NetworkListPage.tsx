import { useQuery } from '@apollo/client/react';
import { Badge, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NetworkScope, PartnerNetworksQueryVariables } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDate } from '../../shared/format';
import { ChoiceFilter } from '../../shared/list/ChoiceFilter';
import { NARROW_CELL } from '../../shared/list/DataTable';
import { ListPage } from '../../shared/list/ListPage';
import { hasSimpleFilters, LIST_PARAM, readSimpleListState } from '../../shared/list/simple-list-state';
import { TitleCell } from '../../shared/list/TitleCell';
import { type ListUrlKeys, useListUrlState } from '../../shared/list/useListUrlState';
import { pageArgs } from '../../shared/url-state';
import { currentMemberCount, NETWORK_SCOPES, todayInSofia } from './network-form';
import { PartnerNetworksQuery } from './networks.graphql';
import { ExportButton } from '../../shared/components/ExportButton';

const PAGE_SIZE = 20;
/** `?scope=REGIONAL,NATIONAL`. */
const SCOPE_PARAM = 'scope';
const NETWORK_LIST_KEYS: ListUrlKeys = { search: LIST_PARAM.search, filters: [SCOPE_PARAM] };

const readNetworkListState = (params: URLSearchParams) =>
  readSimpleListState<NetworkScope>(params, NETWORK_SCOPES, SCOPE_PARAM);

export const SCOPE_COLORS: Record<NetworkScope, string> = {
  MUNICIPAL: 'blue',
  REGIONAL: 'grape',
  NATIONAL: 'teal',
};

/** /networks: partner networks with their coordinator and current members. */
export function NetworkListPage() {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const list = useListUrlState(readNetworkListState, NETWORK_LIST_KEYS);
  const { state } = list;
  const variables = useMemo<PartnerNetworksQueryVariables>(() => {
    const filter: NonNullable<PartnerNetworksQueryVariables['filter']> = {};
    if (state.search) filter.search = state.search;
    if (state.choices.length) filter.scopes = state.choices;
    return { ...pageArgs(state, PAGE_SIZE), filter, locale };
  }, [state, locale]);
  const query = useQuery(PartnerNetworksQuery, { variables, fetchPolicy: 'cache-and-network' });
  const filtered = hasSimpleFilters(state);
  const today = todayInSofia();

  return (
    <ListPage
      actions={<ExportButton list="partnerNetworks" variables={variables} />}
      section="networks"
      list={list}
      createPath="/networks/new"
      connection={(query.data ?? query.previousData)?.partnerNetworks}
      query={query}
      filtered={filtered}
      filters={
        <>
          <ChoiceFilter
            label={t('networks.filters.scope')}
            placeholder={t('networks.filters.scopePlaceholder')}
            data={NETWORK_SCOPES.map((scope) => ({ value: scope, label: t(`networks.scope.${scope}`) }))}
            value={state.choices}
            onChange={(value) => list.setFilters({ [SCOPE_PARAM]: value })}
            style={{ flex: '1 1 200px' }}
          />
        </>
      }
      table={{
        minWidth: 720,
        skeletonRows: 4,
        columns: [
          { label: t('networks.columns.name'), width: '40%' },
          { label: t('networks.columns.scope'), narrow: true },
          { label: t('networks.columns.coordinator') },
          { label: t('networks.columns.members'), narrow: true, align: 'right' },
          { label: t('networks.columns.updated'), narrow: true },
        ],
        renderRow: (network) => (
          <Table.Tr key={network.id}>
            <TitleCell to={`/networks/${network.id}`} title={network.name} subtitle={network.slug} />
            <Table.Td style={NARROW_CELL}>
              <Badge color={SCOPE_COLORS[network.scope]} variant="light" radius="sm" miw="max-content">
                {t(`networks.scope.${network.scope}`)}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{network.coordinator?.name ?? t('common.none')}</Text>
            </Table.Td>
            <Table.Td style={NARROW_CELL} ta="right">
              {currentMemberCount(network.memberships, today)}
            </Table.Td>
            <Table.Td style={NARROW_CELL}>
              <Text size="sm">{formatDate(network.updatedAt, language)}</Text>
            </Table.Td>
          </Table.Tr>
        ),
      }}
    />
  );
}
