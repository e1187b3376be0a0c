import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import { useQuery } from '@apollo/client/react';
import { Button, CloseButton, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { DatePickerInput, DatesProvider } from '@mantine/dates';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { withFilter } from '../../../shared/url-state';
import { AUDIT_PARAM, type AuditState, CLEARED_AUDIT_FILTERS, hasAuditFilters } from '../audit-state';
import { shortId } from '../audit-wording';
import { AuditChoicesQuery } from '../audit.graphql';
import { useAuditWording } from '../useAuditWording';
import { useUrlParams } from '../../../shared/hooks/useUrlParams';

/** An action in words with the stored name after it (admins search by either); unworded, just the name. */
const actionChoice = (action: string, words: string) => (words === action ? action : `${words} (${action})`);

const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label);

/** Record type, who, action and days (Sofia time): all kept in the URL. */
export function AuditFilters({ state }: { state: AuditState }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const wording = useAuditWording();
  const [, setParams] = useUrlParams();
  const setFilter = (patch: Record<string, string | null>) =>
    setParams((current) => withFilter(current, patch));
  const { data, loading } = useQuery(AuditChoicesQuery, { fetchPolicy: 'cache-and-network' });

  // A value in the URL stays choosable while the choices load (or if the log no longer holds it).
  const withCurrent = (values: readonly string[], current: string | null) =>
    current && !values.includes(current) ? [current, ...values] : values;
  const types = useMemo(
    () =>
      withCurrent(data?.auditLogChoices.entityTypes ?? [], state.entityType)
        .map((value) => ({ value, label: wording.type(value) }))
        .sort(byLabel),
    [data, state.entityType, wording],
  );
  const actions = useMemo(
    () =>
      withCurrent(data?.auditLogChoices.actions ?? [], state.action)
        .map((value) => ({ value, label: actionChoice(value, wording.action(value, '')) }))
        .sort(byLabel),
    [data, state.action, wording],
  );
  const actors = useMemo(
    () =>
      withCurrent(data?.users.map((u) => u.id) ?? [], state.actorId)
        .map((id) => ({ value: id, label: data?.users.find((u) => u.id === id)?.name ?? shortId(id) }))
        .sort(byLabel),
    [data, state.actorId],
  );

  const selects = [
    {
      key: 'entityType',
      param: AUDIT_PARAM.entityType,
      data: types,
      value: state.entityType,
      flex: '1 1 180px',
    },
    { key: 'actor', param: AUDIT_PARAM.actor, data: actors, value: state.actorId, flex: '1 1 180px' },
    { key: 'action', param: AUDIT_PARAM.action, data: actions, value: state.action, flex: '2 1 240px' },
  ] as const;
  return (
    <Paper withBorder p="md" component="section" aria-label={t('audit.filters.label')}>
      <Stack gap="sm">
        <Group align="flex-end" gap="sm" wrap="wrap">
          {selects.map(({ key, param, data: options, value, flex }) => (
            <Select
              key={key}
              label={t(`audit.filters.${key}`)}
              placeholder={t(`audit.filters.${key}Placeholder`)}
              data={options}
              value={value}
              onChange={(chosen) => setFilter({ [param]: chosen })}
              searchable
              clearable
              nothingFoundMessage={t('common.nothingFound')}
              disabled={loading && !data}
              style={{ flex }}
            />
          ))}
          <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
            {(['from', 'to'] as const).map((end) => (
              <DatePickerInput
                key={end}
                label={t(`audit.filters.${end}`)}
                placeholder={t('audit.filters.datePlaceholder')}
                valueFormat="D MMM YYYY"
                clearable
                value={state[end]}
                minDate={end === 'to' ? (state.from ?? undefined) : undefined}
                maxDate={end === 'from' ? (state.to ?? undefined) : undefined}
                onChange={(day) => setFilter({ [AUDIT_PARAM[end]]: day ? String(day).slice(0, 10) : null })}
                style={{ flex: '1 1 150px' }}
              />
            ))}
          </DatesProvider>
          {hasAuditFilters(state) && (
            <Button variant="subtle" onClick={() => setFilter(CLEARED_AUDIT_FILTERS)}>
              {t('common.clearFilters')}
            </Button>
          )}
        </Group>
        {state.entityId && (
          <Group gap={4}>
            <Text size="sm">{t('audit.filters.record', { id: shortId(state.entityId) })}</Text>
            <CloseButton
              size="sm"
              aria-label={t('audit.filters.recordClear')}
              onClick={() => setFilter({ [AUDIT_PARAM.record]: null })}
            />
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
