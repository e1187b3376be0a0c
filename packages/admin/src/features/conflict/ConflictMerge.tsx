import { Alert, Badge, Button, Group, Modal, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconGitMerge, IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  applyChoices,
  carryChoices,
  type Choice,
  diffInputs,
  type FieldDiff,
  finalizeChoices,
  type InputRecord,
} from './conflict-merge';
import { ConflictChoice } from './ConflictChoice';
import { type ConflictField, ConflictValue } from './ConflictValue';
import type { ConflictSession } from './useConflictMerge';

export type { ConflictField } from './ConflictValue';

interface Props {
  session: ConflictSession | null;
  saving: boolean;
  /** The form's fields, in its order, with labels and how to show them. */
  fields: readonly ConflictField[];
  onClose: () => void;
  onSave: (merged: InputRecord) => void | Promise<void>;
}

/**
 * "Someone saved this while you were editing": the fields that differ, yours beside theirs,
 * a choice per field (texts may also be merged by hand), and "save merged", which sends the
 * result at the current version. Cancelling keeps everything typed in the form.
 */
export function ConflictMerge({ session, saving, fields, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const narrow = useMediaQuery('(max-width: 48em)');
  const order = useMemo(() => fields.map((f) => f.field), [fields]);
  const diffs = useMemo(
    () => (session ? diffInputs(session.mine, session.theirs, { base: session.base, order }) : []),
    [session, order],
  );
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  // A new or refreshed conflict: keep the choices still meaningful, default the others.
  useEffect(() => setChoices((previous) => carryChoices(previous, diffs)), [diffs]);

  const specOf = (diff: FieldDiff): ConflictField =>
    fields.find((f) => f.field === diff.field) ?? { field: diff.field, label: diff.field, kind: 'value' };

  const save = () => {
    if (!session) return;
    void onSave(applyChoices(session.mine, diffs, finalizeChoices(choices), session.currentVersion));
  };

  return (
    <Modal
      opened={session !== null}
      onClose={onClose}
      size={1100}
      fullScreen={narrow}
      closeOnClickOutside={false}
      title={
        <Group gap="xs">
          <IconGitMerge size={20} aria-hidden />
          <Text fw={600}>{t('conflict.title')}</Text>
        </Group>
      }
    >
      {session && (
        <Stack gap="md">
          <Alert color="orange" icon={<IconInfoCircle />}>
            {t('conflict.intro', { version: session.currentVersion })}
          </Alert>
          {session.changedAgain && (
            <Alert color="yellow" icon={<IconRefresh />} role="status">
              {t('conflict.changedAgain', { version: session.currentVersion })}
            </Alert>
          )}
          {diffs.length === 0 ? (
            <Text size="sm">{t('conflict.noDifferences')}</Text>
          ) : (
            <Text size="sm" c="dimmed" aria-live="polite">
              {t('conflict.count', { count: diffs.length })}
            </Text>
          )}

          {diffs.map((diff) => {
            const spec = specOf(diff);
            const choice = choices[diff.field] ?? { side: 'mine' };
            const headingId = `conflict-${diff.field}`;
            return (
              <Paper key={diff.field} withBorder p="md" component="section" aria-labelledby={headingId}>
                <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
                  <Group gap="xs">
                    <Title order={3} size="h5" id={headingId}>
                      {spec.label}
                    </Title>
                    <WhoChanged diff={diff} />
                  </Group>
                </Group>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Side title={t('conflict.mine')} fieldLabel={spec.label} active={choice.side === 'mine'}>
                    <ConflictValue spec={spec} value={diff.mine} />
                  </Side>
                  <Side
                    title={t('conflict.theirs', { version: session.currentVersion })}
                    fieldLabel={spec.label}
                    active={choice.side === 'theirs'}
                  >
                    <ConflictValue spec={spec} value={diff.theirs} />
                  </Side>
                </SimpleGrid>
                <ConflictChoice
                  spec={spec}
                  diff={diff}
                  choice={choice}
                  label={spec.label}
                  onChange={(next) => setChoices((all) => ({ ...all, [diff.field]: next }))}
                />
              </Paper>
            );
          })}

          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose} disabled={saving}>
              {t('conflict.cancel')}
            </Button>
            <Button onClick={save} loading={saving} leftSection={<IconGitMerge size={16} />}>
              {t('conflict.saveMerged')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}

function WhoChanged({ diff }: { diff: FieldDiff }) {
  const { t } = useTranslation();
  if (diff.changedByMe && diff.changedByThem) {
    return (
      <Badge color="red" variant="light" radius="sm">
        {t('conflict.changedByBoth')}
      </Badge>
    );
  }
  return (
    <Badge color={diff.changedByThem ? 'orange' : 'blue'} variant="light" radius="sm">
      {diff.changedByThem ? t('conflict.changedByThem') : t('conflict.changedByMe')}
    </Badge>
  );
}

interface SideProps {
  title: string;
  fieldLabel: string;
  active: boolean;
  children: ReactNode;
}

function Side({ title, fieldLabel, active, children }: SideProps) {
  return (
    <Paper
      p="sm"
      radius="sm"
      withBorder
      style={{
        borderColor: active ? 'var(--mantine-primary-color-filled)' : undefined,
        borderWidth: active ? 2 : 1,
        background: active ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={6}>
        {title}
      </Text>
      {/* Long values scroll; the box takes focus so the keyboard can scroll it too. */}
      <div
        role="region"
        aria-label={`${fieldLabel} · ${title}`}
        tabIndex={0}
        style={{ maxHeight: 280, overflowY: 'auto' }}
      >
        {children}
      </div>
    </Paper>
  );
}
