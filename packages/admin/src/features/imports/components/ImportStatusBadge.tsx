import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobStatus, ImportOutcome } from '../../../gql/graphql';
import { OUTCOME_COLORS, STATUS_COLORS } from '../import-wording';

/** A job's state in words: "Готов за преглед", "Внесен"… */
export function ImportStatusBadge({ status }: { status: ImportJobStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={STATUS_COLORS[status]} variant="light" radius="sm" miw="max-content">
      {t(`imports.status.${status}`)}
    </Badge>
  );
}

/** What an item would do or did: "Нов", "Без промяна", "Отказан"… */
export function OutcomeBadge({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  return (
    <Badge color={OUTCOME_COLORS[outcome]} variant="light" radius="sm" miw="max-content">
      {t(`imports.outcome.${outcome}`)}
    </Badge>
  );
}
