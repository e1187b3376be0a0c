import { useMutation } from '@apollo/client/react';
import { ActionIcon, Anchor, Badge, Checkbox, Group, Paper, Table, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFilter } from '@tabler/icons-react';
import { useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationDecision, ModerationNominationsQuery } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { DataTable, NARROW_CELL } from '../../../shared/list/DataTable';
import { EmptyState } from '../../../shared/components/QueryStates';
import { errorMessageKey, hasErrorCode } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import { withFilter } from '../../../shared/url-state';
import { hasActiveFilters, type ModerationState, PARAM } from '../moderation-state';
import { ModerateNominationsMutation } from '../moderation.graphql';
import { decisionTargets, initialQueueState, queueReducer, selectionSummary } from '../queue-keyboard';
import { useQueueShortcuts } from '../useQueueShortcuts';
import { BulkBar } from './BulkBar';
import { DecisionModal } from './DecisionModal';
import { UnblockSenderButton } from './UnblockSenderButton';
import { useUrlParams } from '../../../shared/hooks/useUrlParams';

type Connection = ModerationNominationsQuery['moderationQueue']['nominations'];
type NominationRow = Connection['edges'][number]['node'];

interface Props {
  connection: Connection | undefined;
  loading: boolean;
  state: ModerationState;
  onDecided: () => void;
  onHelp: () => void;
  /** Another dialog is open: the shortcuts wait. */
  paused: boolean;
}

/** Nominations with checkboxes, a focused row (j/k), and bulk decisions (a/r/s). */
export function NominationQueue({ connection, loading, state, onDecided, onHelp, paused }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [, setParams] = useUrlParams();
  const rows = connection?.edges.map((e) => e.node);
  const [queue, dispatch] = useReducer(queueReducer, initialQueueState);
  const [decision, setDecision] = useState<{ decision: ModerationDecision; ids: string[] } | null>(null);
  const [moderate, { loading: saving }] = useMutation(ModerateNominationsMutation);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());

  const idsKey = rows?.map((r) => r.id).join(',') ?? '';
  useEffect(() => dispatch({ type: 'rows', ids: idsKey ? idsKey.split(',') : [] }), [idsKey]);
  const focusedId = queue.ids[queue.focus];
  useEffect(() => {
    if (focusedId) rowRefs.current.get(focusedId)?.scrollIntoView?.({ block: 'nearest' });
  }, [focusedId]);

  const decide = (value: ModerationDecision) => {
    const ids = decisionTargets(queue);
    if (ids.length) setDecision({ decision: value, ids });
  };

  useQueueShortcuts((command) => {
    if (command === 'down') dispatch({ type: 'move', by: 1 });
    else if (command === 'up') dispatch({ type: 'move', by: -1 });
    else if (command === 'toggle') dispatch({ type: 'toggle' });
    else if (command === 'approve') decide('APPROVE');
    else if (command === 'reject') decide('REJECT');
    else if (command === 'spam') decide('SPAM');
    else if (command === 'escape') dispatch({ type: 'clear' });
    else if (command === 'help') onHelp();
  }, !paused && !decision);

  const confirm = async (note: string, blockSender: boolean): Promise<boolean> => {
    if (!decision) return false;
    try {
      const { data } = await moderate({
        variables: { ids: decision.ids, decision: decision.decision, note: note.trim() || null, blockSender },
      });
      const result = data?.moderateNominations;
      notifications.show({
        color: 'teal',
        message: [
          t('moderation.decided', { count: result?.changed ?? 0 }),
          result?.blockedSenders ? t('moderation.blocked', { count: result.blockedSenders }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      });
      setDecision(null);
      dispatch({ type: 'clear' });
      onDecided();
      return true;
    } catch (error) {
      if (!hasErrorCode(error, 'UNAUTHENTICATED')) {
        notifications.show({ color: 'red', title: t('errors.title'), message: t(errorMessageKey(error)) });
      }
      return false;
    }
  };

  const summary = selectionSummary(queue);
  const targets = decisionTargets(queue);
  const filtered = hasActiveFilters(state);

  return (
    <>
      <BulkBar
        selected={summary.count}
        targets={targets.length}
        onDecide={decide}
        onClear={() => dispatch({ type: 'clear' })}
      />
      <Paper withBorder>
        <DataTable
          columns={[
            {
              label: t('moderation.selectAll'),
              narrow: true,
              header: (
                <Checkbox
                  aria-label={t('moderation.selectAll')}
                  checked={summary.all}
                  indeterminate={summary.some}
                  disabled={!rows?.length}
                  onChange={() => dispatch({ type: 'toggleAll' })}
                />
              ),
            },
            { label: t('moderation.columns.practice'), width: '26%' },
            { label: t('moderation.columns.nominator'), width: '24%' },
            { label: t('moderation.columns.reason') },
            { label: t('moderation.columns.submitted'), narrow: true },
          ]}
          loading={loading}
          minWidth={760}
          skeletonRows={5}
          highlightOnHover={false}
          rows={rows}
          renderRow={(row) => (
            <NominationTableRow
              key={row.id}
              row={row}
              language={language}
              focused={row.id === focusedId}
              selected={queue.selected.includes(row.id)}
              onFocus={() => dispatch({ type: 'focus', id: row.id })}
              onToggle={() => dispatch({ type: 'toggle', id: row.id })}
              onFilterPractice={(id) => setParams((current) => withFilter(current, { [PARAM.practice]: id }))}
              rowRef={(element) => {
                if (element) rowRefs.current.set(row.id, element);
                else rowRefs.current.delete(row.id);
              }}
            />
          )}
          empty={
            <EmptyState
              message={
                filtered
                  ? t('moderation.emptyFiltered')
                  : t(`moderation.emptyNominations.${state.nominationStatus}`)
              }
            />
          }
        />
      </Paper>
      <DecisionModal
        decision={decision?.decision ?? null}
        count={decision?.ids.length ?? 0}
        saving={saving}
        onClose={() => setDecision(null)}
        onConfirm={confirm}
      />
    </>
  );
}

interface RowProps {
  row: NominationRow;
  language: string;
  focused: boolean;
  selected: boolean;
  onFocus: () => void;
  onToggle: () => void;
  onFilterPractice: (id: string) => void;
  rowRef: (element: HTMLTableRowElement | null) => void;
}

function NominationTableRow({
  row,
  language,
  focused,
  selected,
  onFocus,
  onToggle,
  onFilterPractice,
  rowRef,
}: RowProps) {
  const { t } = useTranslation();
  return (
    <Table.Tr
      ref={rowRef}
      onClick={onFocus}
      aria-current={focused ? 'true' : undefined}
      bg={selected ? 'var(--mantine-color-teal-light)' : undefined}
      style={{
        boxShadow: focused ? 'inset 4px 0 0 var(--mantine-color-teal-6)' : undefined,
        cursor: 'default',
      }}
    >
      <Table.Td style={NARROW_CELL}>
        <Checkbox
          aria-label={t('moderation.selectRow', { name: row.nominatorName })}
          checked={selected}
          onChange={onToggle}
          onFocus={onFocus}
        />
      </Table.Td>
      <Table.Td style={{ maxWidth: 0 }}>
        {row.practice ? (
          <Group gap={4} wrap="nowrap" align="flex-start">
            <Text size="sm" fw={600} lineClamp={2} style={{ flex: 1 }}>
              {row.practice.title}
            </Text>
            <Tooltip label={t('moderation.filterByPractice')}>
              <ActionIcon
                variant="subtle"
                size="sm"
                aria-label={t('moderation.filterByPractice')}
                onClick={() => row.practice && onFilterPractice(row.practice.id)}
              >
                <IconFilter size={14} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('moderation.practiceGone')}
          </Text>
        )}
        <Group gap={4} mt={4}>
          {row.duplicate && (
            <Badge size="xs" color="orange" variant="light">
              {t('moderation.duplicate')}
            </Badge>
          )}
        </Group>
      </Table.Td>
      <Table.Td style={{ maxWidth: 0 }}>
        <Text size="sm" fw={500} truncate>
          {row.nominatorName}
        </Text>
        {row.nominatorOrganization && (
          <Text size="xs" c="dimmed" truncate>
            {row.nominatorOrganization}
          </Text>
        )}
        {row.nominatorEmail && (
          <Anchor href={`mailto:${row.nominatorEmail}`} size="xs" style={{ wordBreak: 'break-all' }}>
            {row.nominatorEmail}
          </Anchor>
        )}
        {row.status === 'SPAM' && row.nominatorEmail && <UnblockSenderButton email={row.nominatorEmail} />}
      </Table.Td>
      <Table.Td>
        <Text size="sm" lineClamp={focused ? undefined : 3} style={{ whiteSpace: 'pre-line' }}>
          {row.reason || t('common.none')}
        </Text>
        {row.moderationNote && (
          <Text size="xs" c="dimmed" mt={4}>
            {t('moderation.note', { note: row.moderationNote })}
          </Text>
        )}
      </Table.Td>
      <Table.Td style={NARROW_CELL}>
        <Text size="sm">{formatDateTime(row.createdAt, language)}</Text>
        {row.decidedAt && (
          <Text size="xs" c="dimmed">
            {t('moderation.decidedAt', { date: formatDateTime(row.decidedAt, language) })}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
