import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContentStatus } from '../../gql/graphql';
import { type RecordType, statusLabel } from '../grammar';

const COLORS: Record<ContentStatus, string> = {
  DRAFT: 'gray',
  IN_REVIEW: 'yellow',
  PUBLISHED: 'teal',
  ARCHIVED: 'dark',
};

/** A record's status, worded to agree with its noun (`type`); 'many' for a row of several kinds. */
export function StatusBadge({ status, type }: { status: ContentStatus; type: RecordType | 'many' }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" miw="max-content">
      {statusLabel(t, status, type)}
    </Badge>
  );
}
