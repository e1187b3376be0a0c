import { useQuery } from '@apollo/client/react';
import { Badge, Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerProgrammesQuery as ProgrammesData } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { StatusBadge } from '../../shared/components/StatusBadge';
import { ChoiceFilter } from '../../shared/list/ChoiceFilter';
import { NARROW_CELL } from '../../shared/list/DataTable';
import { FirstNames } from '../../shared/list/FirstNames';
import { ListPage } from '../../shared/list/ListPage';
import { hasSimpleFilters, LIST_PARAM } from '../../shared/list/simple-list-state';
import { TitleCell } from '../../shared/list/TitleCell';
import { useListUrlState } from '../../shared/list/useListUrlState';
import { formatHours } from './hours';
import {
  PROGRAMME_LIST_KEYS,
  PROGRAMME_STATUSES,
  programmesVariables,
  readProgrammeListState,
} from './programme-list-state';
import { VolunteerProgrammesQuery } from './programmes.graphql';
import { useProgrammeScope } from './useProgrammeScope';
import { ExportButton } from '../../shared/components/ExportButton';
import { statusLabel } from '../../shared/grammar';

type ProgrammeRow = ProgrammesData['volunteerProgrammes']['edges'][number]['node'];

/** /volunteer-programmes: every programme with its volunteers and hours. */
export function ProgrammeListPage() {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const list = useListUrlState(readProgrammeListState, PROGRAMME_LIST_KEYS);
  const { state } = list;
  const variables = useMemo(() => programmesVariables(state, locale), [state, locale]);
  const query = useQuery(VolunteerProgrammesQuery, { variables, fetchPolicy: 'cache-and-network' });
  const scope = useProgrammeScope();
  const filtered = hasSimpleFilters(state);

  return (
    <ListPage
      actions={<ExportButton list="volunteerProgrammes" variables={variables} />}
      section="programmes"
      list={list}
      createPath={scope.canCreate ? '/volunteer-programmes/new' : undefined}
      connection={(query.data ?? query.previousData)?.volunteerProgrammes}
      query={query}
      filtered={filtered}
      filters={
        <>
          <ChoiceFilter
            label={t('programmes.filters.status')}
            placeholder={t('programmes.filters.statusPlaceholder')}
            data={PROGRAMME_STATUSES.map((status) => ({
              value: status,
              label: statusLabel(t, status, 'VolunteerProgramme'),
            }))}
            value={state.choices}
            onChange={(value) => list.setFilters({ [LIST_PARAM.choices]: value })}
            style={{ flex: '1 1 200px' }}
          />
        </>
      }
      table={{
        minWidth: 720,
        skeletonRows: 5,
        columns: [
          { label: t('programmes.columns.name'), width: '40%' },
          { label: t('programmes.columns.status'), narrow: true },
          { label: t('programmes.columns.municipalities'), width: '25%' },
          { label: t('programmes.columns.volunteers'), narrow: true, align: 'right' },
          { label: t('programmes.columns.hours'), narrow: true, align: 'right' },
        ],
        renderRow: (programme) => (
          <ProgrammeTableRow
            key={programme.id}
            programme={programme}
            language={language}
            mine={scope.coordinatedIds.includes(programme.id)}
          />
        ),
      }}
    />
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
  return (
    <Table.Tr>
      <TitleCell
        to={`/volunteer-programmes/${programme.id}`}
        title={programme.name}
        subtitle={programme.organization?.name ?? programme.slug}
        badge={
          mine && (
            <Badge size="xs" variant="outline" color="teal" miw="max-content">
              {t('programmes.mine')}
            </Badge>
          )
        }
      />
      <Table.Td style={NARROW_CELL}>
        <StatusBadge status={programme.status} type="VolunteerProgramme" />
      </Table.Td>
      <Table.Td>
        <FirstNames names={programme.municipalities.map((m) => (language === 'en' ? m.nameEn : m.nameBg))} />
      </Table.Td>
      <Table.Td style={NARROW_CELL} ta="right">
        {programme.volunteerCount}
      </Table.Td>
      <Table.Td style={NARROW_CELL} ta="right">
        {formatHours(programme.hoursLogged, language)}
      </Table.Td>
    </Table.Tr>
  );
}
