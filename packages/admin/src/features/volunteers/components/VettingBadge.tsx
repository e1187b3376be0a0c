import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VettingStatus } from '../../../gql/graphql';

const COLORS: Record<VettingStatus, string> = {
  NOT_STARTED: 'gray',
  IN_PROGRESS: 'yellow',
  APPROVED: 'teal',
  REJECTED: 'red',
};

export function VettingBadge({ status }: { status: VettingStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light" radius="sm" miw="max-content">
      {t(`volunteers.vetting.${status}`)}
    </Badge>
  );
}
