import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContentStatus, UserRole } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { StatusActions } from '../components/StatusActions';
import { StatusBadge } from '../components/StatusBadge';
import { formatDateTime } from '../format';
import { CancelSaveButtons } from './CancelSaveButtons';

/** The publishable record kinds with a form: their list path and message keys share the name. */
export type ContentSection = 'practices' | 'projects';

const ACTION = {
  DRAFT: 'toDraft',
  IN_REVIEW: 'toReview',
  PUBLISHED: 'publish',
  ARCHIVED: 'archive',
} as const satisfies Record<ContentStatus, string>;

interface Props {
  section: ContentSection;
  /** The saved record; absent when creating. */
  record?: {
    title: string;
    status: ContentStatus;
    publishAt?: string | null;
    slug: string;
    updatedAt: string;
  } | null;
  version: number;
  dirty: boolean;
  saving: boolean;
  /** The user's roles: they decide which status changes are offered. */
  roles: readonly UserRole[];
  /** Saves the form with the new status. */
  onStatus: (status: ContentStatus) => void;
  /** Saves the form with a `publishAt`, or null to cancel the schedule. */
  onSchedule: (publishAt: string | null) => void;
  scheduleError?: ReactNode;
  /** More buttons for a saved record, before cancel (e.g. its history). */
  recordActions?: ReactNode;
}

/** Back link, title, status and version, unsaved-changes note, save, and the status actions. */
export function ContentFormHeader({
  section,
  record,
  version,
  dirty,
  saving,
  roles,
  recordActions,
  ...actions
}: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 360px', minWidth: 0 }}>
        <Anchor component={Link} to={`/${section}`} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t(`${section}.title`)}
          </Group>
        </Anchor>
        <Title order={1} size="h2" lineClamp={3}>
          {record ? record.title : t(`${section}.createTitle`)}
        </Title>
        {record && (
          <Group gap="xs">
            <StatusBadge status={record.status} />
            <Text size="xs" c="dimmed">
              {t(`${section}.form.version`, { version })} · {record.slug} ·{' '}
              {formatDateTime(record.updatedAt, language)}
            </Text>
          </Group>
        )}
      </Stack>
      <Stack gap="xs" align="flex-end">
        <Group gap="xs" justify="flex-end">
          {dirty && (
            <Text size="sm" c="orange.8">
              {t(`${section}.form.unsaved`)}
            </Text>
          )}
          {record && recordActions}
          <CancelSaveButtons cancelTo={`/${section}`} saving={saving} />
        </Group>
        {record && (
          <StatusActions
            status={record.status}
            publishAt={record.publishAt ?? null}
            roles={roles}
            saving={saving}
            actionLabel={(status) => t(`${section}.actions.${ACTION[status]}`)}
            onStatus={actions.onStatus}
            onSchedule={actions.onSchedule}
            error={actions.scheduleError}
          />
        )}
      </Stack>
    </Group>
  );
}
