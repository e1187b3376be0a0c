import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import { Badge, Button, Collapse, Group, Paper, SimpleGrid, Stack } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MunicipalitySelect } from '../geography';
import { TargetGroupSelect } from '../taxonomy';
import { ServiceTypeSelect, ThemeSelect } from '../taxonomy';
import { useLanguage } from '../../i18n/useLanguage';
import type { ParamValue } from '../../shared/url-state';
import { ChoiceFilter } from '../../shared/list/ChoiceFilter';
import { SECTION_RECORD, statusLabel } from '../../shared/grammar';
import {
  CONTENT_PARAM as PARAM,
  CONTENT_STATUSES,
  type ContentListState,
  moreFilterCount,
} from '../../shared/list/content-list-state';
import { DistrictFilter } from './DistrictFilter';
import { ListSearchInput } from '../../shared/list/ListSearchInput';
import type { ListUrlState } from '../../shared/list/useListUrlState';

/** Filters that share the first row with the search and the order. */
const NARROW_FILTER = { flex: '1 1 160px', minWidth: 0 } as const;

/** The period's two dates, each a state field, URL parameter and label of the same name. */
const PERIOD_ENDS = ['activeFrom', 'activeTo'] as const;

/** A multiple choice's placeholder, shown only while nothing is chosen (as ChoiceFilter does). */
export const whileEmpty = (value: readonly string[], placeholder: string) =>
  value.length ? undefined : placeholder;

interface Props {
  /** Whose messages label the search and the period (`<section>.filters.*`). */
  section: 'practices' | 'projects';
  list: ListUrlState<ContentListState>;
  /** Whether any filter is set, the section's own ones included: only then "clear filters" is offered. */
  filtered: boolean;
  /** The order, last in the first row. */
  order: ReactNode;
  /** The section's own filters behind "more filters", after the target groups (projects: funders). */
  extra?: ReactNode;
  /** How many filters behind "more filters" are set, the section's own included (default: the shared ones). */
  moreCount?: number;
}

/**
 * The filters practices and projects share: search, status, district and order in view; place,
 * topic and period behind "more filters", which starts open when one of them is set.
 */
export function ContentFilters({ section, list, filtered, order, extra, moreCount }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { state } = list;
  const setFilter = (key: string, value: ParamValue) => list.setFilters({ [key]: value });
  const count = moreCount ?? moreFilterCount(state);
  const [more, { toggle }] = useDisclosure(count > 0);
  const moreId = `${section}-more-filters`;
  const periodHint = t(`${section}.filters.activeHint` as const);

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <ListSearchInput
            list={list}
            label={t(`${section}.filters.search` as const)}
            placeholder={t(`${section}.filters.searchPlaceholder` as const)}
          />
          <ChoiceFilter
            label={t('filters.status')}
            placeholder={t('filters.statusPlaceholder')}
            data={CONTENT_STATUSES.map((status) => ({
              value: status,
              label: statusLabel(t, status, SECTION_RECORD[section]),
            }))}
            value={state.statuses}
            onChange={(value) => setFilter(PARAM.statuses, value)}
            style={NARROW_FILTER}
          />
          <DistrictFilter
            label={t('filters.district')}
            placeholder={t('filters.districtPlaceholder')}
            value={state.districtCodes}
            onChange={(value) => setFilter(PARAM.districtCodes, value)}
            style={NARROW_FILTER}
          />
          {order}
        </Group>
        <Group gap="xs">
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconAdjustmentsHorizontal size={16} />}
            rightSection={
              count > 0 ? (
                <Badge size="xs" circle>
                  {count}
                </Badge>
              ) : undefined
            }
            onClick={toggle}
            aria-expanded={more}
            aria-controls={moreId}
          >
            {more ? t('filters.fewer') : t('filters.more')}
          </Button>
          {filtered && (
            <Button variant="subtle" size="xs" onClick={list.clearFilters}>
              {t('common.clearFilters')}
            </Button>
          )}
        </Group>
        <Collapse in={more} id={moreId}>
          <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <MunicipalitySelect
                label={t('filters.municipality')}
                placeholder={whileEmpty(state.municipalityCodes, t('filters.municipalityPlaceholder'))}
                value={state.municipalityCodes}
                onChange={(value) => setFilter(PARAM.municipalityCodes, value)}
              />
              <ThemeSelect
                label={t('filters.theme')}
                placeholder={whileEmpty(state.themes, t('filters.anyPlaceholder'))}
                value={state.themes}
                onChange={(value) => setFilter(PARAM.themes, value)}
              />
              <TargetGroupSelect
                label={t('filters.targetGroup')}
                placeholder={whileEmpty(state.targetGroups, t('filters.anyPlaceholder'))}
                value={state.targetGroups}
                onChange={(value) => setFilter(PARAM.targetGroups, value)}
              />
              <ServiceTypeSelect
                label={t('filters.serviceType')}
                placeholder={whileEmpty(state.serviceTypes, t('filters.anyPlaceholder'))}
                value={state.serviceTypes}
                onChange={(value) => setFilter(PARAM.serviceTypes, value)}
              />
              {extra}
              {PERIOD_ENDS.map((end) => (
                <DateInput
                  key={end}
                  label={t(`${section}.filters.${end}` as const)}
                  description={periodHint}
                  valueFormat="D MMMM YYYY"
                  clearable
                  value={state[end]}
                  onChange={(value) => setFilter(PARAM[end], value)}
                />
              ))}
            </SimpleGrid>
          </DatesProvider>
        </Collapse>
      </Stack>
    </Paper>
  );
}
