import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/useLanguage';
import { CursorPagination } from '../../shared/components/CursorPagination';
import { EmptyState, ErrorState } from '../../shared/components/QueryStates';
import { formatDateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { DataTable, NARROW_CELL } from '../../shared/list/DataTable';
import { withFilter } from '../../shared/url-state';
import { AuthorName } from '../history';
import { auditVariables, CLEARED_AUDIT_FILTERS, hasAuditFilters, readAuditState } from './audit-state';
import { shortId } from './audit-wording';
import { AuditLogQuery } from './audit.graphql';
import { AuditDetails } from './components/AuditDetails';
import { AuditFilters } from './components/AuditFilters';
import { useAuditWording } from './useAuditWording';
import { useUrlParams } from '../../shared/hooks/useUrlParams';

/** /audit: who changed what and when, filtered and paged in the URL (admins). */
export function AuditLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('audit.title'));
  const { language } = useLanguage();
  const wording = useAuditWording();
  const [params, setParams] = useUrlParams();
  const state = useMemo(() => readAuditState(params), [params]);
  const filtered = hasAuditFilters(state);
  const { data, previousData, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: auditVariables(state),
    fetchPolicy: 'cache-and-network',
  });
  const log = (data ?? previousData)?.auditLog;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('audit.title')}
        </Title>
        <Text c="dimmed" size="sm" aria-live="polite">
          {log ? t('audit.total', { count: log.totalCount }) : t('common.loading')}
        </Text>
      </div>

      <AuditFilters state={state} />

      {error && !log ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Paper withBorder>
          <DataTable
            columns={[
              { label: t('audit.columns.at'), narrow: true },
              { label: t('audit.columns.actor') },
              { label: t('audit.columns.action') },
              { label: t('audit.columns.record') },
              { label: t('audit.columns.details'), width: '30%' },
            ]}
            rows={log?.edges.map((edge) => edge.node)}
            loading={loading}
            minWidth={820}
            empty={
              <EmptyState
                message={filtered ? t('audit.emptyFiltered') : t('audit.empty')}
                action={
                  filtered ? (
                    <Button
                      variant="light"
                      onClick={() => setParams((current) => withFilter(current, CLEARED_AUDIT_FILTERS))}
                    >
                      {t('common.clearFilters')}
                    </Button>
                  ) : undefined
                }
              />
            }
            renderRow={(entry) => {
              const link = wording.link(entry.entityType, entry.entityId);
              const record = entry.entityId
                ? t('audit.recordLink', { type: wording.type(entry.entityType), id: shortId(entry.entityId) })
                : wording.type(entry.entityType);
              return (
                <Table.Tr key={entry.id}>
                  <Table.Td style={NARROW_CELL}>{formatDateTime(entry.at, language)}</Table.Td>
                  <Table.Td>
                    <AuthorName author={entry.actor} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" title={entry.action}>
                      {wording.action(entry.action, entry.entityType)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {link ? (
                      <Anchor component={Link} to={link} size="sm">
                        {record}
                      </Anchor>
                    ) : (
                      <Text size="sm">{record}</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <AuditDetails details={entry.details as Record<string, unknown> | null} />
                  </Table.Td>
                </Table.Tr>
              );
            }}
          />
        </Paper>
      )}

      {log && <CursorPagination pageInfo={log.pageInfo} label={t('audit.pagination')} />}
    </Stack>
  );
}
