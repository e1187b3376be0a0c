import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { VolunteerDetailFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDate } from '../../shared/format';
import { ChoiceFilter } from '../../shared/list/ChoiceFilter';
import { NARROW_CELL } from '../../shared/list/DataTable';
import { ListPage } from '../../shared/list/ListPage';
import { useListUrlState } from '../../shared/list/useListUrlState';
import { MunicipalitySelect } from '../geography';
import { formatHours, sumHours } from '../programmes';
import { useProgrammeScope } from '../programmes';
import { VettingBadge } from './components/VettingBadge';
import {
  hasVolunteerFilters,
  readVolunteerListState,
  VETTING_STATUSES,
  VOLUNTEER_LIST_KEYS,
  VOLUNTEER_PARAM,
  volunteersVariables,
} from './volunteer-list-state';
import { VolunteersQuery } from './volunteers.graphql';
import { ExportButton } from '../../shared/components/ExportButton';

/** /volunteers: the roster of the programmes the user may see, with contact data where allowed. */
export function VolunteerListPage() {
  const { t } = useTranslation();
  const list = useListUrlState(readVolunteerListState, VOLUNTEER_LIST_KEYS);
  const { state } = list;
  const variables = useMemo(() => volunteersVariables(state), [state]);
  const query = useQuery(VolunteersQuery, { variables, fetchPolicy: 'cache-and-network' });
  const scope = useProgrammeScope();
  const filtered = hasVolunteerFilters(state);
  const programmeOptions = scope.assignable.length ? scope.assignable : scope.all;
  const setFilter = (key: string, value: string[]) => list.setFilters({ [key]: value });

  return (
    <ListPage
      actions={<ExportButton list="volunteers" variables={variables} />}
      section="volunteers"
      list={list}
      createPath="/volunteers/new"
      connection={(query.data ?? query.previousData)?.volunteers}
      query={query}
      filtered={filtered}
      filters={
        <>
          <ChoiceFilter
            label={t('volunteers.filters.programme')}
            placeholder={t('volunteers.filters.programmePlaceholder')}
            data={programmeOptions}
            value={state.programmeIds}
            onChange={(value) => setFilter(VOLUNTEER_PARAM.programmeIds, value)}
            searchable
            style={{ flex: '2 1 220px' }}
          />
          <ChoiceFilter
            label={t('volunteers.filters.vetting')}
            placeholder={t('volunteers.filters.vettingPlaceholder')}
            data={VETTING_STATUSES.map((status) => ({
              value: status,
              label: t(`volunteers.vetting.${status}`),
            }))}
            value={state.vettingStatuses}
            onChange={(value) => setFilter(VOLUNTEER_PARAM.vettingStatuses, value)}
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
        </>
      }
      table={{
        minWidth: 880,
        columns: [
          { label: t('volunteers.columns.name') },
          { label: t('volunteers.columns.programmes') },
          { label: t('volunteers.columns.contact') },
          { label: t('volunteers.columns.vetting'), narrow: true },
          { label: t('volunteers.columns.consent'), narrow: true },
          { label: t('volunteers.columns.municipality'), narrow: true },
          { label: t('volunteers.columns.hours'), narrow: true, align: 'right' },
        ],
        renderRow: (volunteer) => <VolunteerRow key={volunteer.id} volunteer={volunteer} />,
      }}
    />
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
        <Anchor component={Link} to={`/volunteers/${volunteer.id}`} fw={600}>
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
      <Table.Td style={NARROW_CELL}>
        <VettingBadge status={volunteer.vettingStatus} />
      </Table.Td>
      <Table.Td style={NARROW_CELL}>
        {volunteer.consentGivenAt ? (
          <Text size="sm">{formatDate(volunteer.consentGivenAt, language)}</Text>
        ) : (
          <Text size="sm" c="orange.8">
            {t('volunteers.noConsent')}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={NARROW_CELL}>
        <Text size="sm">{municipality ?? t('common.none')}</Text>
      </Table.Td>
      <Table.Td style={NARROW_CELL} ta="right">
        {formatHours(hours, language)}
      </Table.Td>
    </Table.Tr>
  );
}
