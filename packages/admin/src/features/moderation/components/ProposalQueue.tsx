import { Anchor, Button, Paper, Table, Text } from '@mantine/core';
import { useEffect, useReducer, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationProposalsQuery, ProposalDecision, ProposalStatus } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { DataTable, NARROW_CELL } from '../../../shared/list/DataTable';
import { EmptyState } from '../../../shared/components/QueryStates';
import { formatDateTime } from '../../../shared/format';
import { proposalDecisions } from '../moderation-state';
import { initialQueueState, queueReducer } from '../queue-keyboard';
import { useQueueShortcuts } from '../useQueueShortcuts';
import { ProposalReviewModal } from './ProposalReviewModal';
import { htmlToPlainText } from '../../../shared/components/rich-text';

type Connection = ModerationProposalsQuery['moderationQueue']['proposals'];
export type ProposalRow = Connection['edges'][number]['node'];

interface Props {
  connection: Connection | undefined;
  loading: boolean;
  /** The status the list is filtered to: every row is in it. */
  status: ProposalStatus;
  onDecided: () => void;
  onHelp: () => void;
  paused: boolean;
}

/** Practices proposed by the public; each is reviewed on its own (j/k, o, a, r). */
export function ProposalQueue({ connection, loading, status, onDecided, onHelp, paused }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const rows = connection?.edges.map((e) => e.node);
  const [queue, dispatch] = useReducer(queueReducer, initialQueueState);
  const [review, setReview] = useState<{ row: ProposalRow; decision: ProposalDecision | null } | null>(null);
  const rowRefs = useRef(new Map<string, HTMLTableRowElement>());
  const decisions = proposalDecisions(status);

  const idsKey = rows?.map((r) => r.id).join(',') ?? '';
  useEffect(() => dispatch({ type: 'rows', ids: idsKey ? idsKey.split(',') : [] }), [idsKey]);
  const focusedId = queue.ids[queue.focus];
  useEffect(() => {
    if (focusedId) rowRefs.current.get(focusedId)?.scrollIntoView?.({ block: 'nearest' });
  }, [focusedId]);

  const open = (decision: ProposalDecision | null) => {
    const row = rows?.find((r) => r.id === focusedId);
    if (row) setReview({ row, decision: decision && decisions.includes(decision) ? decision : null });
  };

  useQueueShortcuts((command) => {
    if (command === 'down') dispatch({ type: 'move', by: 1 });
    else if (command === 'up') dispatch({ type: 'move', by: -1 });
    else if (command === 'open') open(null);
    else if (command === 'approve') open('APPROVE');
    else if (command === 'reject') open('REJECT');
    else if (command === 'help') onHelp();
  }, !paused && !review);

  return (
    <>
      <Paper withBorder>
        <DataTable
          columns={[
            { label: t('moderation.columns.proposal'), width: '40%' },
            { label: t('moderation.columns.proposer'), width: '28%' },
            { label: t('moderation.columns.submitted'), narrow: true },
            { label: t('moderation.columns.actions'), narrow: true, hiddenLabel: true },
          ]}
          loading={loading}
          minWidth={760}
          skeletonRows={4}
          highlightOnHover={false}
          rows={rows}
          renderRow={(row) => {
            const focused = row.id === focusedId;
            const place = row.municipalities.map((m) => (language === 'en' ? m.nameEn : m.nameBg)).join(', ');
            return (
              <Table.Tr
                key={row.id}
                ref={(element) => {
                  if (element) rowRefs.current.set(row.id, element);
                  else rowRefs.current.delete(row.id);
                }}
                onClick={() => dispatch({ type: 'focus', id: row.id })}
                aria-current={focused ? 'true' : undefined}
                style={{
                  boxShadow: focused ? 'inset 4px 0 0 var(--mantine-color-teal-6)' : undefined,
                }}
              >
                <Table.Td style={{ maxWidth: 0 }}>
                  <Text size="sm" fw={600} lineClamp={2}>
                    {row.title}
                  </Text>
                  {row.summary && (
                    <Text size="xs" c="dimmed" lineClamp={focused ? undefined : 2}>
                      {htmlToPlainText(row.summary)}
                    </Text>
                  )}
                  {place && (
                    <Text size="xs" mt={2} truncate>
                      {place}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td style={{ maxWidth: 0 }}>
                  <Text size="sm" fw={500} truncate>
                    {row.proposal?.name || t('common.none')}
                  </Text>
                  {row.proposal?.organization && (
                    <Text size="xs" c="dimmed" truncate>
                      {row.proposal.organization}
                    </Text>
                  )}
                  {row.proposal?.email && (
                    <Anchor
                      href={`mailto:${row.proposal.email}`}
                      size="xs"
                      style={{ wordBreak: 'break-all' }}
                    >
                      {row.proposal.email}
                    </Anchor>
                  )}
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Text size="sm">{formatDateTime(row.proposal?.submittedAt, language)}</Text>
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Button
                    size="xs"
                    variant={decisions.length ? 'light' : 'default'}
                    onFocus={() => dispatch({ type: 'focus', id: row.id })}
                    onClick={() => setReview({ row, decision: null })}
                  >
                    {decisions.length ? t('moderation.review') : t('moderation.details')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            );
          }}
          empty={<EmptyState message={t(`moderation.emptyProposals.${status}`)} />}
        />
      </Paper>
      <ProposalReviewModal
        proposal={review?.row ?? null}
        status={status}
        initialDecision={review?.decision ?? null}
        onClose={() => setReview(null)}
        onDecided={() => {
          setReview(null);
          onDecided();
        }}
      />
    </>
  );
}
