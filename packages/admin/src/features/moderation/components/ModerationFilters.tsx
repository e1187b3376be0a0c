import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import { useQuery } from '@apollo/client/react';
import { Button, Chip, Group, Paper, Select, Stack, Switch, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueCountsFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { withFilter } from '../../../shared/url-state';
import {
  hasActiveFilters,
  type ModerationState,
  NOMINATION_STATUSES,
  PARAM,
  PROPOSAL_STATUSES,
} from '../moderation-state';
import { ModerationPracticeLabelQuery, ModerationPracticeOptionsQuery } from '../moderation.graphql';
import { useUrlParams } from '../../../shared/hooks/useUrlParams';

const NOMINATION_COUNT = {
  PENDING: 'pending',
  APPROVED: 'approved',
  REJECTED: 'rejected',
  SPAM: 'spam',
} as const;
const PROPOSAL_COUNT = {
  IN_REVIEW: 'inReview',
  DRAFT: 'draft',
  PUBLISHED: 'published',
  ARCHIVED: 'archived',
  REJECTED: 'rejected',
} as const;

interface Props {
  state: ModerationState;
  counts: QueueCountsFragment | undefined;
}

/** Status (with counts), practice, submission days and duplicates: all kept in the URL. */
export function ModerationFilters({ state, counts }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [, setParams] = useUrlParams();
  const setFilter = (patch: Record<string, string | null>) =>
    setParams((current) => withFilter(current, patch));

  // The range picker reports a half-chosen range; the URL gets it once both ends are there.
  const [range, setRange] = useState<[string | null, string | null]>([state.from, state.to]);
  useEffect(() => setRange([state.from, state.to]), [state.from, state.to]);

  const statusChips =
    state.tab === 'nominations'
      ? NOMINATION_STATUSES.map((status) => ({
          value: status,
          label: t(`moderation.nominationStatus.${status}`),
          count: counts?.nominationCounts[NOMINATION_COUNT[status]],
        }))
      : PROPOSAL_STATUSES.map((status) => ({
          value: status,
          label: t(`moderation.proposalStatus.${status}`),
          count: counts?.proposalCounts[PROPOSAL_COUNT[status]],
        }));
  const status = state.tab === 'nominations' ? state.nominationStatus : state.proposalStatus;

  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group gap="xs" role="group" aria-label={t('moderation.filters.status')}>
          <Chip.Group<false> value={status} onChange={(value) => setFilter({ [PARAM.status]: value })}>
            {statusChips.map((chip) => (
              <Chip key={chip.value} value={chip.value} size="sm" variant="light">
                {chip.label}
                {chip.count !== undefined && (
                  <Text span size="xs" c="dimmed" ml={6}>
                    {chip.count}
                  </Text>
                )}
              </Chip>
            ))}
          </Chip.Group>
        </Group>
        <Group align="flex-end" gap="sm" wrap="wrap">
          {state.tab === 'nominations' && (
            <PracticeFilter value={state.practiceId} onChange={(id) => setFilter({ [PARAM.practice]: id })} />
          )}
          <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
            <DatePickerInput
              type="range"
              label={t('moderation.filters.submitted')}
              placeholder={t('moderation.filters.submittedPlaceholder')}
              valueFormat="D MMM YYYY"
              clearable
              allowSingleDateInRange
              value={range}
              onChange={(value) => {
                const [from, to] = value.map((day) => (day ? String(day).slice(0, 10) : null));
                setRange([from, to]);
                if ((from && to) || (!from && !to)) setFilter({ [PARAM.from]: from, [PARAM.to]: to });
              }}
              style={{ flex: '1 1 240px' }}
            />
          </DatesProvider>
          {state.tab === 'nominations' && (
            <Switch
              label={t('moderation.filters.duplicatesOnly')}
              checked={state.duplicatesOnly}
              onChange={(event) => setFilter({ [PARAM.duplicate]: event.currentTarget.checked ? '1' : null })}
              mb={8}
            />
          )}
          {hasActiveFilters(state) && (
            <Button
              variant="subtle"
              onClick={() =>
                setFilter({
                  [PARAM.practice]: null,
                  [PARAM.from]: null,
                  [PARAM.to]: null,
                  [PARAM.duplicate]: null,
                })
              }
            >
              {t('common.clearFilters')}
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}

/** A practice found by its title; the chosen one keeps its label from its own query. */
function PracticeFilter({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const chosen = useQuery(ModerationPracticeLabelQuery, {
    variables: { id: value ?? '', locale },
    skip: !value,
  });
  const chosenTitle = value ? chosen.data?.practice.title : undefined;
  const options = useQuery(ModerationPracticeOptionsQuery, {
    variables: { search: debounced && debounced !== chosenTitle ? debounced : null, locale },
  });
  const data = useMemo(() => {
    const list =
      (options.data ?? options.previousData)?.practices.edges.map((e) => ({
        value: e.node.id,
        label: e.node.title,
      })) ?? [];
    if (value && !list.some((o) => o.value === value)) {
      list.unshift({ value, label: chosenTitle ?? t('common.loading') });
    }
    return list;
  }, [options.data, options.previousData, value, chosenTitle, t]);

  return (
    <Select
      label={t('moderation.filters.practice')}
      placeholder={t('moderation.filters.practicePlaceholder')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={options.loading ? t('common.loading') : t('common.nothingFound')}
      style={{ flex: '2 1 260px' }}
    />
  );
}
