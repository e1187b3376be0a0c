import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContentStatus } from '../../gql/graphql';

const COLORS: Record<ContentStatus, string> = {
  DRAFT: 'gray',
  IN_REVIEW: 'yellow',
  PUBLISHED: 'teal',
  ARCHIVED: 'dark',
};

export function StatusBadge({ status }: { status: ContentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" miw="max-content">
      {t(`status.${status}`)}
    </Badge>
  );
}
