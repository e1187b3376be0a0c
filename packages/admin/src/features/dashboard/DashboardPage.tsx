import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { StatusBadge } from '../../shared/components/StatusBadge';
import { formatDateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { useAuditWording } from '../audit';
import { useSession } from '../auth';
import { AuthorName } from '../history';
import { formatHours } from '../programmes';
import { STATUSES, statusRows } from './dashboard-stats';
import {
  DashboardAuditQuery,
  DashboardModerationQuery,
  DashboardMyProgrammesQuery,
  DashboardStatusCountsQuery,
} from './dashboard.graphql';

/** The charts and their library load after the counts, in a chunk of their own. */
const DashboardCharts = lazy(() => import('./DashboardCharts'));

const NARROW = { width: '1%', whiteSpace: 'nowrap' } as const;
const KINDS = ['practices', 'projects'] as const;

/** Start page for everyone signed in; what it shows depends on the roles. */
export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));
  const { user, can } = useSession();
  const roles = user?.roles ?? [];
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('dashboard.welcome', { name: user?.name ?? '' })}
        </Title>
        <Text c="dimmed">{t('dashboard.text')}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, lg: can('moderation:manage') ? 2 : 1 }} spacing="md">
        <StatusCounts />
        {can('moderation:manage') && <ModerationCounts />}
      </SimpleGrid>
      {roles.includes('COORDINATOR') && <MyProgrammes />}
      <Suspense fallback={<LoadingState />}>
        <DashboardCharts />
      </Suspense>
      {roles.includes('ADMIN') && <RecentChanges />}
    </Stack>
  );
}

/** A panel's title with a link to the page it sums up. */
function PanelTitle({ title, to, link }: { title: string; to: string; link: string }) {
  return (
    <Group justify="space-between" mb="sm">
      <Title order={2} size="h4">
        {title}
      </Title>
      <Anchor component={Link} to={to} size="sm">
        {link}
      </Anchor>
    </Group>
  );
}

function StatusCounts() {
  const { t } = useTranslation();
  // Only editors and admins have the lists to link to.
  const { can } = useSession();
  const linked = can('content:manage');
  const { data, error, refetch } = useQuery(DashboardStatusCountsQuery, { fetchPolicy: 'cache-and-network' });
  const rows = data ? statusRows(data) : null;
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('dashboard.counts.title')}
      </Title>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dashboard.counts.status')}</Table.Th>
              {KINDS.map((kind) => (
                <Table.Th key={kind} ta="right">
                  {linked ? (
                    <Anchor component={Link} to={`/${kind}`} fw={700}>
                      {t(`dashboard.counts.${kind}`)}
                    </Anchor>
                  ) : (
                    t(`dashboard.counts.${kind}`)
                  )}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {STATUSES.map((status) => (
              <Table.Tr key={status}>
                <Table.Th scope="row" fw={400}>
                  <StatusBadge status={status} type="many" />
                </Table.Th>
                {KINDS.map((kind) => {
                  const value = rows?.find((r) => r.kind === kind)?.counts[status];
                  return (
                    <Table.Td key={kind} ta="right">
                      {value === undefined ? (
                        <Skeleton height={14} width={24} ml="auto" />
                      ) : linked && kind === 'practices' && value > 0 ? (
                        <Anchor component={Link} to={`/practices?status=${status}`}>
                          {value}
                        </Anchor>
                      ) : (
                        value
                      )}
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">{t('dashboard.counts.total')}</Table.Th>
              {KINDS.map((kind) => {
                const row = rows?.find((r) => r.kind === kind);
                return (
                  <Table.Td key={kind} ta="right" fw={700}>
                    {row ? row.total : <Skeleton height={14} width={24} ml="auto" />}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

function ModerationCounts() {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(DashboardModerationQuery, { fetchPolicy: 'cache-and-network' });
  const queue = data?.moderationQueue;
  const figures = queue
    ? [
        { key: 'nominations', value: queue.nominationCounts.pending },
        { key: 'proposals', value: queue.proposalCounts.inReview },
      ]
    : null;
  return (
    <Paper withBorder p="md">
      <PanelTitle
        title={t('dashboard.moderation.title')}
        to="/moderation"
        link={t('dashboard.moderation.open')}
      />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <SimpleGrid cols={2}>
          {(['nominations', 'proposals'] as const).map((key) => {
            const value = figures?.find((f) => f.key === key)?.value;
            return (
              <div key={key}>
                {value === undefined ? (
                  <Skeleton height={32} width={48} />
                ) : (
                  <Text fw={700} fz={32} c={value > 0 ? 'orange.8' : 'teal.8'}>
                    {value}
                  </Text>
                )}
                <Text size="sm" c="dimmed">
                  {t(`dashboard.moderation.${key}`)}
                </Text>
              </div>
            );
          })}
        </SimpleGrid>
      )}
      {queue && (
        <Text size="xs" c="dimmed" mt="sm">
          {t('dashboard.moderation.decided', {
            approved: queue.nominationCounts.approved,
            rejected: queue.nominationCounts.rejected,
            spam: queue.nominationCounts.spam,
          })}
        </Text>
      )}
    </Paper>
  );
}

function MyProgrammes() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { data, error, refetch } = useQuery(DashboardMyProgrammesQuery, { fetchPolicy: 'cache-and-network' });
  const programmes = data?.me?.programmes ?? [];
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('dashboard.programmes.title')}
      </Title>
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        <Skeleton height={60} />
      ) : programmes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.programmes.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={480}>
          <Table verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dashboard.programmes.name')}</Table.Th>
                <Table.Th style={NARROW}>{t('dashboard.programmes.status')}</Table.Th>
                <Table.Th style={NARROW} ta="right">
                  {t('dashboard.programmes.volunteers')}
                </Table.Th>
                <Table.Th style={NARROW} ta="right">
                  {t('dashboard.programmes.hours')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programmes.map((programme) => (
                <Table.Tr key={programme.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/volunteers?programme=${programme.id}`} fw={600}>
                      {programme.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td style={NARROW}>
                    <StatusBadge status={programme.status} type="VolunteerProgramme" />
                  </Table.Td>
                  <Table.Td style={NARROW} ta="right">
                    {programme.volunteerCount}
                  </Table.Td>
                  <Table.Td style={NARROW} ta="right">
                    {formatHours(programme.hoursLogged, language)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}

function RecentChanges() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const wording = useAuditWording();
  const { data, error, refetch } = useQuery(DashboardAuditQuery, { fetchPolicy: 'cache-and-network' });
  const entries = data?.auditLog.edges.map((e) => e.node) ?? [];
  return (
    <Paper withBorder p="md">
      <PanelTitle title={t('dashboard.audit.title')} to="/audit" link={t('dashboard.audit.all')} />
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !data ? (
        <Skeleton height={120} />
      ) : entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.audit.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th style={NARROW}>{t('dashboard.audit.at')}</Table.Th>
                <Table.Th>{t('dashboard.audit.actor')}</Table.Th>
                <Table.Th>{t('dashboard.audit.action')}</Table.Th>
                <Table.Th>{t('dashboard.audit.record')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((entry) => {
                const link = wording.link(entry.entityType, entry.entityId);
                return (
                  <Table.Tr key={entry.id}>
                    <Table.Td style={NARROW}>{formatDateTime(entry.at, language)}</Table.Td>
                    <Table.Td>
                      <AuthorName author={entry.actor} />
                    </Table.Td>
                    <Table.Td>{wording.action(entry.action, entry.entityType)}</Table.Td>
                    <Table.Td>
                      {link ? (
                        <Anchor component={Link} to={link} size="sm">
                          {wording.type(entry.entityType)}
                        </Anchor>
                      ) : (
                        wording.type(entry.entityType)
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
