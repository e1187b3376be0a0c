import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../../i18n/useLanguage';
import { EmptyState, ErrorState } from '../../../shared/components/QueryStates';
import { formatDateTime } from '../../../shared/format';
import { DataTable, NARROW_CELL } from '../../../shared/list/DataTable';
import { countLines } from '../import-wording';
import { ImportJobsQuery } from '../imports.graphql';
import { useImportWording } from '../useImportWording';
import { ImportStatusBadge } from './ImportStatusBadge';

/** The latest imports (anyone's), newest first, each opening its report. */
export function RecentImports() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const wording = useImportWording();
  const { data, loading, error, refetch } = useQuery(ImportJobsQuery, {
    variables: { first: 20 },
    fetchPolicy: 'cache-and-network',
  });
  const jobs = data?.importJobs.edges.map((edge) => edge.node);

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('imports.recent.title')}
      </Title>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Paper withBorder>
          <DataTable
            columns={[
              { label: t('imports.recent.columns.when'), narrow: true },
              { label: t('imports.recent.columns.kind') },
              { label: t('imports.recent.columns.status'), narrow: true },
              { label: t('imports.recent.columns.counts') },
            ]}
            loading={loading}
            minWidth={640}
            skeletonRows={3}
            rows={jobs}
            renderRow={(job) => {
              const date = formatDateTime(job.createdAt, language);
              return (
                <Table.Tr key={job.id}>
                  <Table.Td style={NARROW_CELL}>
                    <Anchor component={Link} to={`/imports/${job.id}`} size="sm">
                      {t('imports.recent.open', { date })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{wording.kind(job.kind)}</Text>
                    <Text size="xs" c="dimmed">
                      {t('imports.job.files', { count: job.files.length })}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NARROW_CELL}>
                    <ImportStatusBadge status={job.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {countLines(job.counts, job.status, false)
                        .map(({ key, count }) => t(`imports.${key}`, { count }))
                        .join(' · ') || t('common.none')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              );
            }}
            empty={<EmptyState message={t('imports.recent.empty')} />}
          />
        </Paper>
      )}
    </Stack>
  );
}
