import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { DateTimePicker } from '@mantine/dates';
import { IconCalendarTime, IconX } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentStatus, UserRole } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../format';
import { isForward, maySchedule, nextStatuses } from './content-workflow';
import { pickerValue, schedulePublishAt } from './schedule';

interface Props {
  /** The saved record's status and schedule. */
  status: ContentStatus;
  publishAt: string | null;
  roles: readonly UserRole[];
  saving: boolean;
  /** What the action to `status` is called for this kind of record ("Изпрати за преглед"). */
  actionLabel: (status: ContentStatus) => string;
  /** Saves the form with the new status. */
  onStatus: (status: ContentStatus) => void;
  /** Saves the form with this `publishAt` (an ISO instant), or null to cancel the schedule. */
  onSchedule: (publishAt: string | null) => void;
  /** A server error about the schedule. */
  error?: ReactNode;
}

/**
 * The status changes the user's role may make, each a button that saves the form: submit
 * for review, publish, archive…; "schedule" publishes later (a moment in the future); a
 * scheduled record says when it will be published and offers to cancel that.
 */
export function StatusActions(props: Props) {
  const { status, publishAt, roles, saving, actionLabel, onStatus, onSchedule, error } = props;
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [picking, setPicking] = useState(false);
  const actions = nextStatuses(status, roles);
  const schedulable = maySchedule(status, roles);

  return (
    <Stack gap="xs" align="flex-end">
      {publishAt && (
        <Alert color="indigo" variant="light" p="xs" icon={<IconCalendarTime size={18} />} role="status">
          <Group gap="xs" wrap="wrap">
            <Text size="sm">{t('schedule.scheduledFor', { at: formatDateTime(publishAt, language) })}</Text>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              leftSection={<IconX size={12} />}
              disabled={saving}
              onClick={() => onSchedule(null)}
            >
              {t('schedule.cancel')}
            </Button>
          </Group>
        </Alert>
      )}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      {(actions.length > 0 || schedulable) && (
        <Group gap="xs" justify="flex-end" role="group" aria-label={t('schedule.actionsLabel')}>
          {actions.map((to) => (
            <Button
              key={to}
              size="xs"
              variant={isForward(status, to) ? 'light' : 'subtle'}
              color={to === 'ARCHIVED' ? 'gray' : undefined}
              disabled={saving}
              onClick={() => onStatus(to)}
            >
              {actionLabel(to)}
            </Button>
          ))}
          {schedulable && (
            <Button
              size="xs"
              variant="light"
              color="indigo"
              leftSection={<IconCalendarTime size={14} />}
              disabled={saving}
              onClick={() => setPicking(true)}
            >
              {publishAt ? t('schedule.change') : t('schedule.action')}
            </Button>
          )}
        </Group>
      )}
      {picking && (
        <ScheduleDialog
          initial={publishAt}
          onClose={() => setPicking(false)}
          onConfirm={(at) => {
            setPicking(false);
            onSchedule(at);
          }}
        />
      )}
    </Stack>
  );
}

interface DialogProps {
  initial: string | null;
  onClose: () => void;
  onConfirm: (publishAt: string) => void;
}

/** Picks the moment to publish at: a day and time still to come. */
function ScheduleDialog({ initial, onClose, onConfirm }: DialogProps) {
  const { t } = useTranslation();
  const [value, setValue] = useState(() => pickerValue(initial));
  const [problem, setProblem] = useState<string | null>(null);
  const confirm = () => {
    const result = schedulePublishAt(value, new Date());
    if (result.ok) onConfirm(result.publishAt);
    else setProblem(t(result.problem));
  };
  return (
    <Modal opened onClose={onClose} title={t('schedule.dialogTitle')}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('schedule.dialogHint')}
        </Text>
        <DateTimePicker
          label={t('schedule.when')}
          placeholder={t('schedule.whenPlaceholder')}
          valueFormat="D MMMM YYYY, HH:mm"
          minDate={new Date()}
          value={value}
          onChange={(next) => {
            setValue(next);
            setProblem(null);
          }}
          error={problem}
          required
          data-autofocus
          popoverProps={{ withinPortal: true }}
          ariaLabels={{
            nextMonth: t('schedule.picker.nextMonth'),
            previousMonth: t('schedule.picker.previousMonth'),
            nextYear: t('schedule.picker.nextYear'),
            previousYear: t('schedule.picker.previousYear'),
            nextDecade: t('schedule.picker.nextDecade'),
            previousDecade: t('schedule.picker.previousDecade'),
            monthLevelControl: t('schedule.picker.monthLevel'),
            yearLevelControl: t('schedule.picker.yearLevel'),
          }}
          timePickerProps={{
            hoursInputLabel: t('schedule.picker.hours'),
            minutesInputLabel: t('schedule.picker.minutes'),
          }}
          submitButtonProps={{ 'aria-label': t('schedule.picker.done') }}
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button leftSection={<IconCalendarTime size={16} />} onClick={confirm}>
            {t('schedule.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
