import { Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationDecision } from '../../../gql/graphql';

const COLOR = { APPROVE: 'teal', REJECT: 'gray', SPAM: 'red' } as const;

interface Props {
  decision: ModerationDecision | null;
  count: number;
  saving: boolean;
  onClose: () => void;
  /** Resolves true when the decision was saved (the modal then closes). */
  onConfirm: (note: string, blockSender: boolean) => Promise<boolean>;
}

/** Confirms a decision on one or more nominations, with an optional note (Ctrl+Enter saves). */
export function DecisionModal({ decision, count, saving, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [blockSender, setBlockSender] = useState(false);
  useEffect(() => {
    if (decision) {
      setNote('');
      setBlockSender(false);
    }
  }, [decision]);

  const submit = () => {
    if (decision && !saving) void onConfirm(note, decision === 'SPAM' && blockSender);
  };

  return (
    <Modal
      opened={decision !== null}
      onClose={onClose}
      title={decision ? t(`moderation.confirm.${decision}`, { count }) : ''}
      centered
    >
      {decision && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t(`moderation.confirmText.${decision}`, { count })}</Text>
            <Textarea
              label={t('moderation.noteLabel')}
              description={t('moderation.noteHint')}
              value={note}
              onChange={(event) => setNote(event.currentTarget.value)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                  event.preventDefault();
                  submit();
                }
              }}
              autosize
              minRows={2}
              maxRows={6}
              data-autofocus
            />
            {decision === 'SPAM' && (
              <Checkbox
                label={t('moderation.blockSender')}
                description={t('moderation.blockSenderHint')}
                checked={blockSender}
                onChange={(event) => setBlockSender(event.currentTarget.checked)}
              />
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color={COLOR[decision]} loading={saving}>
                {t(`moderation.decision.${decision}`)}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
