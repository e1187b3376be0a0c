import { Anchor, Group, Stack, type StackProps, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDateTime } from '../format';
import type { FormSection } from './form-section';

/** The saved record as a form's title block shows it. */
export interface TitledRecord {
  /** The record's name or title in Bulgarian. */
  title: string;
  /** Absent for records without a public address (volunteers). */
  slug?: string;
  updatedAt: string;
}

interface Props extends StackProps {
  /** Whose messages name the list, the new record and the version ("networks.title"…). */
  section: FormSection;
  /** The list the back link goes to. */
  list: string;
  /** The saved record; absent when creating. */
  record?: TitledRecord | null;
  version: number;
  /** A status badge before the version line. */
  badge?: ReactNode;
  lineClamp?: number;
  /** The title's id: the form names itself by it (`aria-labelledby`). */
  titleId?: string;
}

/** A form's back link, title and "Версия N · slug · date" line. */
export function FormTitle({ section, list, record, version, badge, lineClamp, titleId, ...stack }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const meta = record && (
    <Text size="xs" c="dimmed">
      {[
        t(`${section}.form.version` as const, { version }),
        record.slug,
        formatDateTime(record.updatedAt, language),
      ]
        .filter(Boolean)
        .join(' · ')}
    </Text>
  );
  return (
    <Stack gap={4} {...stack}>
      <Anchor component={Link} to={list} size="sm">
        <Group gap={4}>
          <IconArrowLeft size={14} />
          {t(`${section}.title` as const)}
        </Group>
      </Anchor>
      <Title order={1} size="h2" lineClamp={lineClamp} id={titleId}>
        {record ? record.title : t(`${section}.createTitle` as const)}
      </Title>
      {meta && badge ? (
        <Group gap="xs">
          {badge}
          {meta}
        </Group>
      ) : (
        meta
      )}
    </Stack>
  );
}

/** Said beside the save button while the form differs from what was last read or saved. */
export function UnsavedNote({ section, dirty }: { section: FormSection; dirty: boolean }) {
  const { t } = useTranslation();
  if (!dirty) return null;
  return (
    <Text size="sm" c="orange.8">
      {t(`${section}.form.unsaved` as const)}
    </Text>
  );
}
