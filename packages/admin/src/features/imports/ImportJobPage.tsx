import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconCheck, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useLanguage } from '../../i18n/useLanguage';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { errorMessageKey, hasErrorCode } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { ImportProgress } from './components/ImportProgress';
import { ImportReport } from './components/ImportReport';
import { RefusedFiles } from './components/RefusedFiles';
import { countLines, isWorking } from './import-wording';
import { ApplyImportMutation, CancelImportMutation, ImportJobQuery } from './imports.graphql';
import { useImportWording } from './useImportWording';

/** How often the page asks how far the server is. */
const POLL_MS = 1000;

/**
 * /imports/:id: the job's progress while the server plans or applies it (asked every second,
 * not after), then its report; a preview is applied or cancelled here.
 */
export function ImportJobPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { language } = useLanguage();
  const wording = useImportWording();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(ImportJobQuery, {
    variables: { id },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: false,
  });
  const job = data?.importJob;
  const working = job ? isWorking(job.status) : false;
  useEffect(() => {
    if (!working) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [working, startPolling, stopPolling]);

  const date = job ? formatDateTime(job.createdAt, language) : '';
  usePageTitle(job ? t('imports.job.title', { date }) : t('imports.title'));
  const [apply, applying] = useMutation(ApplyImportMutation);
  const [cancel, cancelling] = useMutation(CancelImportMutation);
  const [confirmCancel, setConfirmCancel] = useState(false);

  const report = (err: unknown) => {
    if (hasErrorCode(err, 'UNAUTHENTICATED')) return;
    const stale = hasErrorCode(err, 'CONFLICT');
    notifications.show({
      color: stale ? 'orange' : 'red',
      title: stale ? undefined : t('errors.title'),
      message: stale ? t('imports.job.stale') : t(errorMessageKey(err)),
    });
    if (stale) void refetch().catch(() => undefined);
  };

  if (error && !job)
    return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!job) return <LoadingState />;

  const settled = job.status !== 'PLANNING';
  const counts = countLines(job.counts, job.status);

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/imports" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('imports.job.back')}
        </Group>
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {t('imports.job.title', { date })}
        </Title>
        <Text c="dimmed" size="sm">
          {[
            wording.kind(job.kind),
            t('imports.job.files', { count: job.files.length }),
            job.publish ? t('imports.job.publish') : t('imports.job.drafts'),
          ].join(' · ')}
        </Text>
      </div>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <ImportProgress status={job.status} processed={job.processed} total={job.total} />
          {job.status === 'FAILED' && (
            <Alert color="red" role="alert">
              {t('imports.job.failed', { error: job.error ?? '' })}
            </Alert>
          )}
          {job.status === 'CANCELLED' && <Text size="sm">{t('imports.job.cancelled')}</Text>}
          {job.status === 'PLANNED' && <Text size="sm">{t('imports.job.plannedHint')}</Text>}
          {job.status === 'APPLIED' && <Text size="sm">{t('imports.job.appliedHint')}</Text>}
          {settled && counts.length > 0 && (
            <Group gap="lg" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {counts.map(({ key, count }) => (
                <Text component="li" key={key} fw={600} size="sm">
                  {t(`imports.${key}`, { count })}
                </Text>
              ))}
            </Group>
          )}
          {(job.status === 'PLANNED' || working) && (
            <Group>
              {job.status === 'PLANNED' && (
                <Button
                  leftSection={<IconCheck size={16} />}
                  loading={applying.loading}
                  onClick={() =>
                    void apply({ variables: { input: { id: job.id, version: job.version } } }).catch(report)
                  }
                >
                  {t('imports.job.apply')}
                </Button>
              )}
              <Button
                variant="default"
                leftSection={<IconX size={16} />}
                onClick={() => setConfirmCancel(true)}
              >
                {t('imports.job.cancel')}
              </Button>
            </Group>
          )}
        </Stack>
      </Paper>

      {settled && <RefusedFiles files={job.refusedFiles} />}
      {settled && <ImportReport jobId={job.id} status={job.status} />}

      <ConfirmModal
        opened={confirmCancel}
        onClose={() => setConfirmCancel(false)}
        title={t('imports.job.cancelTitle')}
        text={t('imports.job.cancelText')}
        confirmLabel={t('imports.job.cancelConfirm')}
        color="red"
        loading={cancelling.loading}
        onConfirm={() =>
          void cancel({ variables: { id: job.id } })
            .then(() => setConfirmCancel(false))
            .catch(report)
        }
      />
    </Stack>
  );
}
