import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContentStatus } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { StatusBadge } from '../../../shared/components/StatusBadge';
import { formatDateTime } from '../../../shared/format';
import { isForward } from '../project-status';

interface Props {
  /** The saved project; absent when creating. */
  record?: { title: string; status: ContentStatus; slug: string; updatedAt: string } | null;
  version: number;
  dirty: boolean;
  saving: boolean;
  /** Status changes the user may make (each saves the form with the new status). */
  actions: readonly ContentStatus[];
  onStatus: (status: ContentStatus) => void;
}

const ACTION_LABEL = {
  DRAFT: 'projects.actions.toDraft',
  IN_REVIEW: 'projects.actions.toReview',
  PUBLISHED: 'projects.actions.publish',
  ARCHIVED: 'projects.actions.archive',
} as const satisfies Record<ContentStatus, string>;

/** Back link, title, status and version, unsaved-changes note, status actions and save. */
export function ProjectFormHeader({ record, version, dirty, saving, actions, onStatus }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <Stack gap={4} style={{ flex: '1 1 360px', minWidth: 0 }}>
        <Anchor component={Link} to="/projects" size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t('projects.title')}
          </Group>
        </Anchor>
        <Title order={1} size="h2" lineClamp={3}>
          {record ? record.title : t('projects.createTitle')}
        </Title>
        {record && (
          <Group gap="xs">
            <StatusBadge status={record.status} />
            <Text size="xs" c="dimmed">
              {t('projects.form.version', { version })} · {record.slug} ·{' '}
              {formatDateTime(record.updatedAt, language)}
            </Text>
          </Group>
        )}
      </Stack>
      <Stack gap="xs" align="flex-end">
        <Group gap="xs" justify="flex-end">
          {dirty && (
            <Text size="sm" c="orange.8">
              {t('projects.form.unsaved')}
            </Text>
          )}
          <Button component={Link} to="/projects" variant="default">
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />}>
            {t('common.save')}
          </Button>
        </Group>
        {record && actions.length > 0 && (
          <Group gap="xs" justify="flex-end" role="group" aria-label={t('projects.actions.label')}>
            {actions.map((status) => (
              <Button
                key={status}
                size="xs"
                variant={isForward(record.status, status) ? 'light' : 'subtle'}
                color={status === 'ARCHIVED' ? 'gray' : undefined}
                disabled={saving}
                onClick={() => onStatus(status)}
              >
                {t(ACTION_LABEL[status])}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Group>
  );
}
