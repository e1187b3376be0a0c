import { useQuery } from '@apollo/client/react';
import { Select, Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PracticesQuery as PracticesData } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { StatusBadge } from '../../shared/components/StatusBadge';
import { formatDate } from '../../shared/format';
import { hasContentFilters } from '../../shared/list/content-list-state';
import { ContentFilters, FacetsPanel } from '../content-filters';
import { NARROW_CELL } from '../../shared/list/DataTable';
import { FirstNames } from '../../shared/list/FirstNames';
import { ListPage } from '../../shared/list/ListPage';
import { TitleCell } from '../../shared/list/TitleCell';
import { useListUrlState } from '../../shared/list/useListUrlState';
import {
  PRACTICE_LIST_KEYS,
  PRACTICE_PARAM,
  PRACTICE_SORTS,
  practicesVariables,
  readPracticeListState,
} from './practice-list-state';
import { PracticesQuery } from './practices.graphql';
import { ExportButton } from '../../shared/components/ExportButton';

type PracticeRow = PracticesData['practices']['edges'][number]['node'];

const SORT_LABEL = {
  updated: 'practices.filters.sortUpdated',
  published: 'practices.filters.sortPublished',
  title: 'practices.filters.sortTitle',
} as const;

export function PracticeListPage() {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const list = useListUrlState(readPracticeListState, PRACTICE_LIST_KEYS);
  const { state, setFilters } = list;
  const variables = useMemo(() => practicesVariables(state, locale), [state, locale]);
  const query = useQuery(PracticesQuery, { variables, fetchPolicy: 'cache-and-network' });
  const filtered = hasContentFilters(state);
  const practices = (query.data ?? query.previousData)?.practices;

  return (
    <ListPage
      actions={<ExportButton list="practices" variables={variables} />}
      section="practices"
      list={list}
      createPath="/practices/new"
      connection={practices}
      query={query}
      filtered={filtered}
      aside={
        <FacetsPanel
          facets={practices?.facets}
          state={state}
          setFilters={setFilters}
          loading={query.loading}
          type="Practice"
        />
      }
      filterBar={
        <ContentFilters
          section="practices"
          list={list}
          filtered={filtered}
          order={
            <Select
              label={t('practices.filters.sort')}
              data={PRACTICE_SORTS.map((sort) => ({ value: sort, label: t(SORT_LABEL[sort]) }))}
              value={state.sort}
              onChange={(value) => setFilters({ [PRACTICE_PARAM.sort]: value })}
              allowDeselect={false}
              style={{ flex: '1 1 200px' }}
            />
          }
        />
      }
      table={{
        minWidth: 720,
        columns: [
          { label: t('practices.columns.title'), width: '50%' },
          { label: t('practices.columns.status'), narrow: true },
          { label: t('practices.columns.municipalities'), width: '28%' },
          { label: t('practices.columns.published'), narrow: true },
        ],
        renderRow: (practice) => (
          <PracticeTableRow key={practice.id} practice={practice} language={language} />
        ),
      }}
    />
  );
}

function PracticeTableRow({ practice, language }: { practice: PracticeRow; language: string }) {
  const { t } = useTranslation();
  return (
    <Table.Tr>
      <TitleCell to={`/practices/${practice.id}`} title={practice.title} subtitle={practice.slug} />
      <Table.Td style={NARROW_CELL}>
        <StatusBadge status={practice.status} type="Practice" />
      </Table.Td>
      <Table.Td>
        <FirstNames names={practice.municipalities.map((m) => (language === 'en' ? m.nameEn : m.nameBg))} />
      </Table.Td>
      <Table.Td style={NARROW_CELL}>
        <Text size="sm">
          {practice.publishedAt ? formatDate(practice.publishedAt, language) : t('common.none')}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
