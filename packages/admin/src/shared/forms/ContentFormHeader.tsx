import { Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentStatus, UserRole } from '../../gql/graphql';
import { StatusActions } from '../components/StatusActions';
import { StatusBadge } from '../components/StatusBadge';
import { SECTION_RECORD } from '../grammar';
import { CancelSaveButtons } from './CancelSaveButtons';
import { FormTitle, UnsavedNote } from './FormTitle';

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
  /** The title's id, which names the form. */
  titleId?: string;
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
  titleId,
  ...actions
}: Props) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <FormTitle
        section={section}
        list={`/${section}`}
        record={record}
        version={version}
        badge={record && <StatusBadge status={record.status} type={SECTION_RECORD[section]} />}
        lineClamp={3}
        titleId={titleId}
        style={{ flex: '1 1 360px', minWidth: 0 }}
      />
      <Stack gap="xs" align="flex-end">
        <Group gap="xs" justify="flex-end">
          <UnsavedNote section={section} dirty={dirty} />
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
