import { useApolloClient } from '@apollo/client/react';
import { ActionIcon, Button, Group, Paper, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowDown, IconArrowUp, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmModal } from '../../../shared/components/ConfirmModal';
import { EmptyState } from '../../../shared/components/QueryStates';
import { DataTable, NARROW_CELL } from '../../../shared/list/DataTable';
import { termErrorMessage } from '../term-errors';
import { moveTerm, type TermKind, type TermRow } from '../term-list';
import { termOperations } from '../term-operations';
import { MergeTermModal } from './MergeTermModal';
import { TermModal } from './TermModal';

interface Props {
  kind: TermKind;
  rows: readonly TermRow[];
  loading: boolean;
}

/** One taxonomy's terms in their order: move, edit, merge and delete each; add new ones. */
export function TermTable({ kind, rows, loading }: Props) {
  const { t } = useTranslation();
  const operations = termOperations(useApolloClient(), kind);
  const [editing, setEditing] = useState<TermRow | 'new' | null>(null);
  const [merging, setMerging] = useState<TermRow | null>(null);
  const [deleting, setDeleting] = useState<TermRow | null>(null);
  const [busy, setBusy] = useState(false);

  /** Runs a write, says so when it worked, and words the server's refusal when not. */
  const attempt = async (write: () => Promise<void>, done: string): Promise<boolean> => {
    setBusy(true);
    try {
      await write();
      notifications.show({ color: 'teal', message: done });
      return true;
    } catch (err) {
      notifications.show({ color: 'red', title: t('errors.title'), message: termErrorMessage(err, t) });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const move = (index: number, delta: -1 | 1) => {
    const order = moveTerm(
      rows.map((row) => row.id),
      index,
      delta,
    );
    if (order)
      void attempt(() => operations.reorder(order), t('taxonomies.moved', { label: rows[index].bg }));
  };

  const remove = async () => {
    if (!deleting) return;
    const ok = await attempt(
      () => operations.remove(deleting.id, deleting.version),
      t('taxonomies.deleted', { label: deleting.bg }),
    );
    if (ok) setDeleting(null);
  };

  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>
      {t(`taxonomies.new.${kind}`)}
    </Button>
  );

  return (
    <Stack gap="sm">
      <Group justify="flex-end">{newButton}</Group>
      <Paper withBorder>
        <DataTable
          columns={[
            { label: t('taxonomies.columns.position'), narrow: true },
            { label: t('taxonomies.columns.bg') },
            { label: t('taxonomies.columns.en') },
            { label: t('taxonomies.columns.practices'), narrow: true, align: 'right' },
            { label: t('taxonomies.columns.projects'), narrow: true, align: 'right' },
            { label: t('taxonomies.columns.actions'), narrow: true, hiddenLabel: true },
          ]}
          loading={loading}
          minWidth={860}
          highlightOnHover={false}
          dimWhileLoading={false}
          rows={rows}
          renderRow={(row, index) => (
            <Table.Tr key={row.id}>
              <Table.Td style={NARROW_CELL}>{index + 1}</Table.Td>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {row.bg}
                </Text>
                <Text size="xs" ff="monospace" c="dimmed">
                  {row.slug}
                </Text>
              </Table.Td>
              <Table.Td>
                {row.en ? (
                  <Text size="sm">{row.en}</Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('taxonomies.noEnglish')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td style={NARROW_CELL} align="right">
                {row.practices}
              </Table.Td>
              <Table.Td style={NARROW_CELL} align="right">
                {row.projects}
              </Table.Td>
              <Table.Td style={NARROW_CELL}>
                <Group gap={4} wrap="nowrap">
                  <ActionIcon
                    variant="subtle"
                    disabled={busy || index === 0}
                    onClick={() => move(index, -1)}
                    aria-label={t('taxonomies.moveUp', { label: row.bg })}
                  >
                    <IconArrowUp size={16} aria-hidden />
                  </ActionIcon>
                  <ActionIcon
                    variant="subtle"
                    disabled={busy || index === rows.length - 1}
                    onClick={() => move(index, 1)}
                    aria-label={t('taxonomies.moveDown', { label: row.bg })}
                  >
                    <IconArrowDown size={16} aria-hidden />
                  </ActionIcon>
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setEditing(row)}
                    aria-label={t('taxonomies.editNamed', { label: row.bg })}
                  >
                    {t('taxonomies.edit')}
                  </Button>
                  <Button
                    size="xs"
                    variant="light"
                    disabled={rows.length < 2}
                    onClick={() => setMerging(row)}
                    aria-label={t('taxonomies.mergeNamed', { label: row.bg })}
                  >
                    {t('taxonomies.merge.action')}
                  </Button>
                  <Button
                    size="xs"
                    color="red"
                    variant="light"
                    onClick={() => setDeleting(row)}
                    aria-label={t('taxonomies.deleteNamed', { label: row.bg })}
                  >
                    {t('taxonomies.delete')}
                  </Button>
                </Group>
              </Table.Td>
            </Table.Tr>
          )}
          empty={<EmptyState message={t('taxonomies.empty')} action={newButton} />}
        />
      </Paper>

      <TermModal
        kind={kind}
        term={editing === 'new' ? null : editing}
        opened={editing !== null}
        onClose={() => setEditing(null)}
        onSave={async (label) => {
          const term = editing === 'new' ? null : editing;
          const ok = await attempt(
            () => (term ? operations.update(term.id, term.version, label) : operations.create(label)),
            t('taxonomies.saved', { label: label.bg }),
          );
          if (ok) setEditing(null);
        }}
      />
      <MergeTermModal
        source={merging}
        terms={rows}
        loading={busy}
        onClose={() => setMerging(null)}
        onMerge={async (target) => {
          if (!merging) return;
          const ok = await attempt(
            () => operations.merge(merging.id, target.id),
            t('taxonomies.merge.done', { source: merging.bg, target: target.bg }),
          );
          if (ok) setMerging(null);
        }}
      />
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('taxonomies.deleteTitle')}
        text={t('taxonomies.deleteText', {
          label: deleting?.bg ?? '',
          practices: deleting?.practices ?? 0,
          projects: deleting?.projects ?? 0,
        })}
        confirmLabel={t('taxonomies.delete')}
        color="red"
        loading={busy}
        onConfirm={() => void remove()}
      />
    </Stack>
  );
}
