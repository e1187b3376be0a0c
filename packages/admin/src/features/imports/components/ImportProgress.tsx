import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportJobStatus } from '../../../gql/graphql';
import { isWorking, progressPercent } from '../import-wording';
import { ImportStatusBadge } from './ImportStatusBadge';

interface Props {
  status: ImportJobStatus;
  processed: number;
  total: number;
}

/**
 * How far the server is with the job: a progress bar labelled for screen readers ("Import
 * progress", "3 of 12"), the count in words and the state, announced politely as it changes.
 */
export function ImportProgress({ status, processed, total }: Props) {
  const { t } = useTranslation();
  const working = isWorking(status);
  const done = status === 'PLANNED' || status === 'APPLIED';
  const value = done ? 100 : progressPercent(processed, total);
  const valueText = t('imports.job.progressValue', { processed, total });
  return (
    <div>
      <Group justify="space-between" mb={6} aria-live="polite">
        <ImportStatusBadge status={status} />
        <Text size="sm" c="dimmed">
          {valueText}
        </Text>
      </Group>
      {/* Root and section by hand: Progress words its value only as a percentage. */}
      <Progress.Root size="lg">
        <Progress.Section
          value={value}
          animated={working}
          striped={working}
          color={status === 'FAILED' ? 'red' : status === 'CANCELLED' ? 'gray' : undefined}
          withAria={false}
          role="progressbar"
          aria-label={t('imports.job.progress')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={value}
          aria-valuetext={valueText}
        />
      </Progress.Root>
    </div>
  );
}
