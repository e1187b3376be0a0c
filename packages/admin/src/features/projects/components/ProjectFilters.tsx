import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import {
  ActionIcon,
  Badge,
  Button,
  Collapse,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Tooltip,
} from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useDisclosure } from '@mantine/hooks';
import { IconAdjustmentsHorizontal, IconSortAscending, IconSortDescending } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { ChoiceFilter } from '../../../shared/list/ChoiceFilter';
import { DistrictFilter } from '../../../shared/list/DistrictFilter';
import { ListSearchInput } from '../../../shared/list/ListSearchInput';
import type { ListUrlState } from '../../../shared/list/useListUrlState';
import { MunicipalitySelect } from '../../geography/MunicipalitySelect';
import { ThemeSelect } from '../../taxonomy/ThemeSelect';
import {
  extraFilterCount,
  hasActiveProjectFilters,
  PROJECT_PARAM as PARAM,
  PROJECT_SORTS,
  PROJECT_STATUSES,
  type ProjectListState,
  type ProjectSort,
  type ProjectSortDirection,
} from '../project-list-state';
import { FunderFilter } from './FunderFilter';
import { TargetGroupSelect } from '../../taxonomy/TargetGroupSelect';

/** Filters that share the first row with the search and the order. */
const NARROW_FILTER = { flex: '1 1 160px', minWidth: 0 } as const;

interface Props {
  list: ListUrlState<ProjectListState>;
  setSort: (sort: ProjectSort, direction: ProjectSortDirection) => void;
}

/** Search, status, district and order; place, topic, funder and period behind "more filters". */
export function ProjectFilters({ list, setSort }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { state } = list;
  const setFilter = (key: string, value: string | string[] | null) => list.setFilters({ [key]: value });
  const extra = extraFilterCount(state);
  const [more, { toggle }] = useDisclosure(extra > 0);

  const descending = state.direction === 'desc';
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          <ListSearchInput
            list={list}
            label={t('projects.filters.search')}
            placeholder={t('projects.filters.searchPlaceholder')}
          />
          <ChoiceFilter
            label={t('projects.filters.status')}
            placeholder={t('projects.filters.statusPlaceholder')}
            data={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
            value={state.statuses}
            onChange={(value) => setFilter(PARAM.statuses, value)}
            style={NARROW_FILTER}
          />
          <DistrictFilter
            label={t('projects.filters.district')}
            placeholder={t('projects.filters.districtPlaceholder')}
            value={state.districtCodes}
            onChange={(value) => setFilter(PARAM.districtCodes, value)}
            style={NARROW_FILTER}
          />
          <Group gap={4} align="flex-end" wrap="nowrap" style={{ flex: '1 1 200px', minWidth: 0 }}>
            <Select
              label={t('projects.filters.sort')}
              data={PROJECT_SORTS.map((sort) => ({ value: sort, label: t(`projects.sort.${sort}`) }))}
              value={state.sort}
              onChange={(value) => value && setSort(value as ProjectSort, state.direction)}
              allowDeselect={false}
              style={{ flex: 1, minWidth: 0 }}
            />
            <Tooltip label={descending ? t('projects.sort.desc') : t('projects.sort.asc')}>
              <ActionIcon
                size={36}
                variant="default"
                aria-label={descending ? t('projects.sort.desc') : t('projects.sort.asc')}
                aria-pressed={descending}
                onClick={() => setSort(state.sort, descending ? 'asc' : 'desc')}
              >
                {descending ? <IconSortDescending size={18} /> : <IconSortAscending size={18} />}
              </ActionIcon>
            </Tooltip>
          </Group>
        </Group>
        <Group gap="xs">
          <Button
            variant="subtle"
            size="xs"
            leftSection={<IconAdjustmentsHorizontal size={16} />}
            rightSection={
              extra > 0 ? (
                <Badge size="xs" circle>
                  {extra}
                </Badge>
              ) : undefined
            }
            onClick={toggle}
            aria-expanded={more}
            aria-controls="project-more-filters"
          >
            {more ? t('projects.filters.fewer') : t('projects.filters.more')}
          </Button>
          {hasActiveProjectFilters(state) && (
            <Button variant="subtle" size="xs" onClick={list.clearFilters}>
              {t('common.clearFilters')}
            </Button>
          )}
        </Group>
        <Collapse in={more} id="project-more-filters">
          <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
              <MunicipalitySelect
                label={t('projects.filters.municipality')}
                placeholder={t('projects.filters.municipalityPlaceholder')}
                value={state.municipalityCodes}
                onChange={(value) => setFilter(PARAM.municipalityCodes, value)}
              />
              <ThemeSelect
                label={t('projects.filters.theme')}
                placeholder={t('projects.filters.anyPlaceholder')}
                value={state.themes}
                onChange={(value) => setFilter(PARAM.themes, value)}
              />
              <TargetGroupSelect
                label={t('projects.filters.targetGroup')}
                placeholder={t('projects.filters.anyPlaceholder')}
                value={state.targetGroups}
                onChange={(value) => setFilter(PARAM.targetGroups, value)}
              />
              <FunderFilter
                label={t('projects.filters.funder')}
                placeholder={t('projects.filters.anyPlaceholder')}
                value={state.funderIds}
                onChange={(value) => setFilter(PARAM.funderIds, value)}
              />
              <DateInput
                label={t('projects.filters.activeFrom')}
                description={t('projects.filters.activeHint')}
                valueFormat="D MMMM YYYY"
                clearable
                value={state.activeFrom}
                onChange={(value) => setFilter(PARAM.activeFrom, value)}
              />
              <DateInput
                label={t('projects.filters.activeTo')}
                description={t('projects.filters.activeHint')}
                valueFormat="D MMMM YYYY"
                clearable
                value={state.activeTo}
                onChange={(value) => setFilter(PARAM.activeTo, value)}
              />
            </SimpleGrid>
          </DatesProvider>
        </Collapse>
      </Stack>
    </Paper>
  );
}
