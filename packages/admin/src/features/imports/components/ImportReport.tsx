import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportJobStatus, ImportOutcome } from '../../../gql/graphql';
import { EmptyState, ErrorState } from '../../../shared/components/QueryStates';
import { DataTable, NARROW_CELL } from '../../../shared/list/DataTable';
import { CursorPagination } from '../../../shared/components/CursorPagination';
import { useSections } from '../../../shared/sections-context';
import { pageArgs, readChoice, readCursor, writeParams } from '../../../shared/url-state';
import { OUTCOMES } from '../import-wording';
import { ImportItemsQuery } from '../imports.graphql';
import { useImportWording } from '../useImportWording';
import { OutcomeBadge } from './ImportStatusBadge';
import { ProblemList } from './ProblemList';
import { useUrlParams } from '../../../shared/hooks/useUrlParams';

const PAGE_SIZE = 50;
const FILTERS = ['ALL', ...OUTCOMES] as const;
type Filter = (typeof FILTERS)[number];

/**
 * A job's records, page by page, filtered by outcome (both in the URL): what each would do
 * (planned) or did (applied), its fields, and the report's notes; a done record links to its page.
 */
export function ImportReport({ jobId, status }: { jobId: string; status: ImportJobStatus }) {
  const { t } = useTranslation();
  const wording = useImportWording();
  const { recordPath } = useSections();
  const [params, setParams] = useUrlParams();
  const filter = readChoice<Filter>(params, 'outcome', FILTERS, 'ALL');
  const outcomes: ImportOutcome[] | null = filter === 'ALL' ? null : [filter];
  const { data, previousData, loading, error, refetch } = useQuery(ImportItemsQuery, {
    variables: { id: jobId, outcomes, ...pageArgs(readCursor(params), PAGE_SIZE) },
    fetchPolicy: 'cache-and-network',
  });
  // Applying fills in each item's record: read the report again when the job's state changes.
  const seen = useRef(status);
  useEffect(() => {
    if (seen.current === status) return;
    seen.current = status;
    void refetch().catch(() => undefined);
  }, [status, refetch]);

  const shown = data ?? previousData;
  const items = shown?.importJob.items;
  const rows = items?.edges.map((edge) => edge.node);

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={2} size="h3">
            {t('imports.job.items')}
          </Title>
          <Text size="sm" c="dimmed" aria-live="polite">
            {items ? t('imports.job.itemsTotal', { count: items.totalCount }) : t('common.loading')}
          </Text>
        </div>
        <Select
          label={t('imports.job.filter')}
          data={FILTERS.map((value) => ({
            value,
            label: value === 'ALL' ? t('imports.job.allOutcomes') : t(`imports.outcome.${value}`),
          }))}
          value={filter}
          onChange={(value) =>
            setParams((current) =>
              writeParams(current, { outcome: value === 'ALL' ? null : value, after: null, before: null }),
            )
          }
          allowDeselect={false}
          w={220}
        />
      </Group>
      {error && !shown ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Paper withBorder>
          <DataTable
            columns={[
              { label: t('imports.job.columns.outcome'), narrow: true },
              { label: t('imports.job.columns.record'), width: '30%' },
              { label: t('imports.job.columns.origin'), narrow: true },
              { label: t('imports.job.columns.fields') },
              { label: t('imports.job.columns.problems'), width: '35%' },
            ]}
            loading={loading}
            minWidth={900}
            skeletonRows={4}
            rows={rows}
            highlightOnHover={false}
            renderRow={(item) => {
              const path = item.recordId ? recordPath(item.recordType, item.recordId) : null;
              const type = t(`imports.recordTypes.${item.recordType}`, { defaultValue: item.recordType });
              return (
                <Table.Tr key={item.id}>
                  <Table.Td style={NARROW_CELL}>
                    {item.outcome && <OutcomeBadge outcome={item.outcome} />}
                  </Table.Td>
                  <Table.Td>
                    {path ? (
                      <Anchor component={Link} to={path} size="sm" fw={600}>
                        {item.title}
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={600}>
                        {item.title}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {type}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NARROW_CELL}>
                    <Text size="xs">{item.origin}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{item.fields.map(wording.field).join(', ') || t('common.none')}</Text>
                    {item.keptFields.length > 0 && (
                      <Text size="xs" c="dimmed">
                        {t('imports.job.kept', { fields: item.keptFields.map(wording.field).join(', ') })}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <ProblemList problems={item.problems} />
                  </Table.Td>
                </Table.Tr>
              );
            }}
            empty={<EmptyState message={t('imports.job.noItems')} />}
          />
        </Paper>
      )}
      {items && <CursorPagination pageInfo={items.pageInfo} label={t('imports.job.pagination')} />}
    </Stack>
  );
}
