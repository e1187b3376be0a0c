import { useQuery } from '@apollo/client/react';
import { Badge, Select, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationsQuery as OrganizationsData } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDate } from '../../shared/format';
import { ChoiceFilter } from '../../shared/list/ChoiceFilter';
import { DistrictFilter } from '../content-filters';
import { NARROW_CELL } from '../../shared/list/DataTable';
import { ListPage } from '../../shared/list/ListPage';
import { TitleCell } from '../../shared/list/TitleCell';
import { useListUrlState } from '../../shared/list/useListUrlState';
import {
  hasActiveOrganizationFilters,
  ORGANIZATION_KINDS,
  ORGANIZATION_LIST_KEYS,
  ORGANIZATION_PARAM as PARAM,
  ORGANIZATION_SORTS,
  organizationsVariables,
  readOrganizationListState,
} from './organization-list-state';
import { OrganizationsQuery } from './organizations.graphql';
import { ExportButton } from '../../shared/components/ExportButton';

type OrganizationRow = OrganizationsData['organizations']['edges'][number]['node'];

export function OrganizationListPage() {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const list = useListUrlState(readOrganizationListState, ORGANIZATION_LIST_KEYS);
  const { state, setFilters } = list;
  const variables = useMemo(() => organizationsVariables(state, locale), [state, locale]);
  const query = useQuery(OrganizationsQuery, { variables, fetchPolicy: 'cache-and-network' });
  const filtered = hasActiveOrganizationFilters(state);

  return (
    <ListPage
      actions={<ExportButton list="organizations" variables={variables} />}
      section="organizations"
      list={list}
      createPath="/organizations/new"
      connection={(query.data ?? query.previousData)?.organizations}
      query={query}
      filtered={filtered}
      filters={
        <>
          <ChoiceFilter
            label={t('organizations.filters.kind')}
            placeholder={t('organizations.filters.kindPlaceholder')}
            data={ORGANIZATION_KINDS.map((kind) => ({ value: kind, label: t(`organizations.kind.${kind}`) }))}
            value={state.kinds}
            onChange={(value) => setFilters({ [PARAM.kinds]: value })}
          />
          <DistrictFilter
            label={t('organizations.filters.district')}
            placeholder={t('organizations.filters.districtPlaceholder')}
            value={state.districtCodes}
            onChange={(value) => setFilters({ [PARAM.districtCodes]: value })}
          />
          <Select
            label={t('organizations.filters.sort')}
            data={ORGANIZATION_SORTS.map((sort) => ({ value: sort, label: t(`organizations.sort.${sort}`) }))}
            value={state.sort}
            onChange={(value) => setFilters({ [PARAM.sort]: value })}
            allowDeselect={false}
            style={{ flex: '1 1 180px' }}
          />
        </>
      }
      table={{
        minWidth: 680,
        columns: [
          { label: t('organizations.columns.name'), width: '45%' },
          { label: t('organizations.columns.kind'), narrow: true },
          { label: t('organizations.columns.municipality') },
          { label: t('organizations.columns.contact') },
          { label: t('organizations.columns.updated'), narrow: true },
        ],
        renderRow: (row) => <OrganizationTableRow key={row.id} organization={row} language={language} />,
      }}
    />
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
      <TitleCell
        to={`/organizations/${organization.id}`}
        title={organization.name}
        subtitle={organization.slug}
      />
      <Table.Td style={NARROW_CELL}>
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
      <Table.Td style={NARROW_CELL}>
        <Text size="sm">{formatDate(organization.updatedAt, language)}</Text>
      </Table.Td>
    </Table.Tr>
  );
}
