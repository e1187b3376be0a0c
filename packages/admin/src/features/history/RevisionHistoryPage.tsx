import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  Tooltip,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ContentType, RevisionsQuery as RevisionsData } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { DataTable, NARROW_CELL } from '../../shared/list/DataTable';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { EmptyState, ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { conflictVersion, errorMessageKey, fieldErrorLines, hasErrorCode } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { NotFoundPage } from '../../shared/pages/NotFoundPage';
import { useSession } from '../auth';
import { isRecordType } from '../../shared/grammar';
import { AuthorName } from './AuthorName';
import { DiffView } from './DiffView';
import { inFormOrder } from './diff-format';
import { RestoreRevisionMutation, RevisionDiffQuery, RevisionsQuery } from './history.graphql';
import { comparePair, snapshotTitle, toggleCompare } from './history-state';
import { useFieldLabel } from './useFieldLabel';

type Revision = RevisionsData['revisions']['edges'][number]['node'];

const ACTION_COLOR = { CREATE: 'teal', UPDATE: 'blue', DELETE: 'red', RESTORE: 'grape' } as const;
const PAGE = 50;
const FIELDS_SHOWN = 4;

interface PageProps {
  entityType: ContentType;
  /** The section's address. */
  path: string;
  /** The records' fields in form order (the section's `history.fields`). */
  fields: readonly string[];
}

/**
 * `<path>/:id/history`, e.g. /projects/:id/history, for every section whose descriptor has
 * `history` (app/sections.ts).
 */
export function RecordHistoryPage({ entityType, path, fields }: PageProps) {
  const { id } = useParams();
  if (!id) return <NotFoundPage />;
  return (
    <RevisionHistory key={id} entityType={entityType} id={id} backTo={`${path}/${id}`} fields={fields} />
  );
}

interface Props {
  entityType: ContentType;
  id: string;
  /** The record's edit page. */
  backTo: string;
  /** The record's fields in form order: changes are listed so. */
  fields: readonly string[];
}

/** A record's revisions, newest first: compare any two, restore an older one. */
export function RevisionHistory({ entityType, id, backTo, fields: fieldOrder }: Props) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const { language } = useLanguage();
  const { can } = useSession();
  const { data, error, loading, refetch, fetchMore } = useQuery(RevisionsQuery, {
    variables: { entityType, id, first: PAGE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const revisions = data?.revisions.edges.map((e) => e.node);
  const latest = revisions?.[0];
  const title = snapshotTitle(latest?.snapshot) ?? '';
  usePageTitle(t('history.pageTitle', { title }));

  const [selected, setSelected] = useState<string[]>([]);
  const pair = revisions ? comparePair(selected, revisions) : null;
  const diff = useQuery(RevisionDiffQuery, { variables: pair ?? { fromId: '', toId: '' }, skip: !pair });
  const diffRef = useRef<HTMLDivElement>(null);
  const diffTitleId = useId();
  useEffect(() => {
    if (diff.data) diffRef.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }, [diff.data]);

  const [restoring, setRestoring] = useState<Revision | null>(null);
  const [restore, restoreState] = useMutation(RestoreRevisionMutation);

  const confirmRestore = async () => {
    if (!restoring || !latest) return;
    try {
      const { data: result } = await restore({ variables: { id: restoring.id, version: latest.version } });
      notifications.show({
        color: 'teal',
        message: t('history.restored', {
          version: restoring.version,
          newVersion: result?.restoreRevision.version ?? '',
        }),
      });
      setRestoring(null);
      setSelected([]);
      void refetch().catch(() => undefined);
    } catch (err) {
      if (hasErrorCode(err, 'UNAUTHENTICATED')) return;
      const current = conflictVersion(err);
      const fields = fieldErrorLines(err);
      notifications.show({
        color: hasErrorCode(err, 'CONFLICT') ? 'orange' : 'red',
        title: t('errors.title'),
        autoClose: false,
        message: hasErrorCode(err, 'CONFLICT')
          ? current === null
            ? t('errors.conflictNoVersion')
            : t('history.conflict', { version: current })
          : fields.length
            ? `${t('errors.validation')} ${t('errors.otherFields', { fields: fields.join('; ') })}`
            : t(errorMessageKey(err)),
      });
      if (hasErrorCode(err, 'CONFLICT')) void refetch().catch(() => undefined);
    }
  };

  if (error && hasErrorCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (error && !data)
    return <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />;

  const fromRevision = pair && revisions?.find((r) => r.id === pair.fromId);
  const toRevision = pair && revisions?.find((r) => r.id === pair.toId);

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Anchor component={Link} to={backTo} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} />
            {t('history.back')}
          </Group>
        </Anchor>
        <Title order={1} size="h2">
          {t('history.title')}
          {title && (
            <Text span inherit c="dimmed">
              {' · '}
              {title}
            </Text>
          )}
        </Title>
        <Text c="dimmed" size="sm">
          {data ? t('history.total', { count: data.revisions.totalCount }) : t('common.loading')}
          {' · '}
          {t('history.hint')}
        </Text>
        {/* The audit page's address is written out: the audit feature reads this one's author names. */}
        {can('audit:view') && (
          <Anchor component={Link} to={`/audit?record=${id}`} size="sm">
            {t('history.auditLink')}
          </Anchor>
        )}
      </Stack>

      {latest?.action === 'DELETE' && (
        <Alert color="orange" icon={<IconTrash />}>
          <Group gap="xs">
            <Text size="sm">{t('history.inTrash')}</Text>
            <Anchor component={Link} to="/trash" size="sm">
              {t('history.toTrash')}
            </Anchor>
          </Group>
        </Alert>
      )}

      <Paper withBorder>
        <DataTable
          columns={[
            { label: t('history.columns.compare'), narrow: true, hiddenLabel: true },
            { label: t('history.columns.version'), narrow: true },
            { label: t('history.columns.action'), narrow: true },
            { label: t('history.columns.author') },
            { label: t('history.columns.date'), narrow: true },
            { label: t('history.columns.changed'), width: '34%' },
            { label: t('history.columns.actions'), narrow: true, hiddenLabel: true },
          ]}
          loading={loading}
          minWidth={680}
          skeletonRows={4}
          highlightOnHover={false}
          dimWhileLoading={false}
          rows={revisions}
          renderRow={(revision, index, all) => {
            const previous = all[index + 1];
            const fields = inFormOrder(revision.changedFields, fieldOrder).map(fieldLabel);
            const ticked = selected.includes(revision.id);
            return (
              <Table.Tr key={revision.id} bg={ticked ? 'var(--mantine-color-teal-light)' : undefined}>
                <Table.Td style={NARROW_CELL}>
                  <Checkbox
                    checked={ticked}
                    onChange={() => setSelected((current) => toggleCompare(current, revision.id))}
                    aria-label={t('history.compareVersion', { version: revision.version })}
                  />
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Text size="sm" fw={600}>
                    {t('history.version', { version: revision.version })}
                  </Text>
                  {index === 0 && (
                    <Badge size="xs" variant="light">
                      {t('history.current')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Badge color={ACTION_COLOR[revision.action]} variant="light" miw="max-content">
                    {t(`history.action.${revision.action}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <AuthorName author={revision.author} />
                  </Text>
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Text size="sm">{formatDateTime(revision.createdAt, language)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    {fields.length === 0 ? t('common.none') : fields.slice(0, FIELDS_SHOWN).join(', ')}
                    {fields.length > FIELDS_SHOWN && (
                      <Tooltip label={fields.slice(FIELDS_SHOWN).join(', ')} multiline w={260}>
                        <Text span size="sm" c="dimmed" tabIndex={0}>
                          {' '}
                          {t('common.more', { count: fields.length - FIELDS_SHOWN })}
                        </Text>
                      </Tooltip>
                    )}
                  </Text>
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Group gap="xs" wrap="nowrap">
                    {previous && (
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => setSelected([previous.id, revision.id])}
                      >
                        {t('history.showChanges')}
                      </Button>
                    )}
                    {index > 0 && revision.action !== 'DELETE' && latest?.action !== 'DELETE' && (
                      <Button size="xs" variant="light" onClick={() => setRestoring(revision)}>
                        {t('history.restore')}
                      </Button>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            );
          }}
          empty={<EmptyState message={t('history.empty')} />}
        />
      </Paper>

      {data?.revisions.pageInfo.hasNextPage && (
        <Group justify="center">
          <Button
            variant="default"
            loading={loading}
            onClick={() =>
              void fetchMore({
                variables: { after: data.revisions.pageInfo.endCursor },
                updateQuery: (previous, { fetchMoreResult }) => ({
                  revisions: {
                    ...fetchMoreResult.revisions,
                    edges: [...previous.revisions.edges, ...fetchMoreResult.revisions.edges],
                  },
                }),
              }).catch(() => undefined)
            }
          >
            {t('history.loadMore')}
          </Button>
        </Group>
      )}

      <div ref={diffRef}>
        {selected.length === 1 && (
          <Text size="sm" c="dimmed">
            {t('history.pickSecond')}
          </Text>
        )}
        {pair && (
          <Stack gap="sm" component="section" aria-labelledby={diffTitleId}>
            <Group justify="space-between">
              <Title order={2} size="h4" id={diffTitleId}>
                {t('history.diffTitle', { from: fromRevision?.version ?? '', to: toRevision?.version ?? '' })}
              </Title>
              <Button size="xs" variant="subtle" onClick={() => setSelected([])}>
                {t('history.closeDiff')}
              </Button>
            </Group>
            {diff.error ? (
              <ErrorState error={diff.error} onRetry={() => void diff.refetch().catch(() => undefined)} />
            ) : !diff.data ? (
              <LoadingState />
            ) : (
              <DiffView
                changes={diff.data.revisionDiff.changes}
                order={fieldOrder}
                beforeLabel={t('history.version', { version: diff.data.revisionDiff.from.version })}
                afterLabel={t('history.version', { version: diff.data.revisionDiff.to.version })}
                type={isRecordType(entityType) ? entityType : 'many'}
              />
            )}
          </Stack>
        )}
      </div>

      <ConfirmModal
        opened={restoring !== null}
        onClose={() => setRestoring(null)}
        title={t('history.restoreTitle')}
        text={t('history.restoreText', {
          version: restoring?.version ?? '',
          newVersion: (latest?.version ?? 0) + 1,
        })}
        confirmLabel={t('history.restoreConfirm')}
        loading={restoreState.loading}
        onConfirm={() => void confirmRestore()}
      />
    </Stack>
  );
}
