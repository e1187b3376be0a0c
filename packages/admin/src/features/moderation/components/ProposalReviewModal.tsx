import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  Modal,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProposalDecision, ProposalStatus } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { errorMessageKey, hasErrorCode, mapServerErrors } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import { proposalDecisions } from '../moderation-state';
import { ReviewProposalMutation } from '../moderation.graphql';
import type { ProposalRow } from './ProposalQueue';
import { htmlToPlainText } from '../../../shared/components/rich-text';

const COLOR = { APPROVE: 'teal', PUBLISH: 'blue', REJECT: 'red' } as const;

interface Props {
  proposal: ProposalRow | null;
  status: ProposalStatus;
  initialDecision: ProposalDecision | null;
  onClose: () => void;
  onDecided: () => void;
}

/** A proposal with its proposer's contact, and the decision: draft, publish or reject. */
export function ProposalReviewModal({ proposal, status, initialDecision, onClose, onDecided }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const decisions = proposalDecisions(status);
  const [decision, setDecision] = useState<ProposalDecision | null>(null);
  const [note, setNote] = useState('');
  const [blockSender, setBlockSender] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [review, { loading }] = useMutation(ReviewProposalMutation);

  useEffect(() => {
    setDecision(initialDecision ?? decisions[0] ?? null);
    setNote('');
    setBlockSender(false);
    setFieldError(null);
    // A new proposal (or a new shortcut) starts a new review.
  }, [proposal?.id, initialDecision]);

  const submit = async () => {
    if (!proposal || !decision || loading) return;
    try {
      await review({
        variables: {
          id: proposal.id,
          decision,
          note: note.trim() || null,
          blockSender: decision === 'REJECT' && blockSender,
        },
      });
      notifications.show({ color: 'teal', message: t(`moderation.proposalDecided.${decision}`) });
      onDecided();
    } catch (error) {
      if (hasErrorCode(error, 'UNAUTHENTICATED')) return;
      const fields = mapServerErrors(error);
      if (Object.keys(fields).length) {
        setFieldError(Object.values(fields).join('; '));
        return;
      }
      const message = hasErrorCode(error, 'CONFLICT')
        ? t('moderation.proposalConflict')
        : t(errorMessageKey(error));
      notifications.show({ color: 'red', title: t('errors.title'), message });
    }
  };

  const contact = proposal?.proposal;
  return (
    <Modal
      opened={proposal !== null}
      onClose={onClose}
      title={t('moderation.reviewTitle')}
      size="lg"
      centered
    >
      {proposal && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Stack gap="sm">
            <Title order={3} size="h4">
              {proposal.title}
            </Title>
            {proposal.summary && (
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {htmlToPlainText(proposal.summary)}
              </Text>
            )}
            {proposal.municipalities.length > 0 && (
              <Text size="sm" c="dimmed">
                {proposal.municipalities.map((m) => (language === 'en' ? m.nameEn : m.nameBg)).join(', ')}
              </Text>
            )}
            <Stack
              gap={2}
              p="sm"
              bg="var(--mantine-color-gray-light)"
              style={{ borderRadius: 'var(--mantine-radius-sm)' }}
            >
              <Text size="xs" fw={700} tt="uppercase" c="dimmed">
                {t('moderation.proposer')}
              </Text>
              <Text size="sm" fw={500}>
                {contact?.name || t('common.none')}
              </Text>
              {contact?.organization && <Text size="sm">{contact.organization}</Text>}
              {contact?.email && (
                <Anchor href={`mailto:${contact.email}`} size="sm">
                  {contact.email}
                </Anchor>
              )}
              {contact?.submittedAt && (
                <Text size="xs" c="dimmed">
                  {t('moderation.submittedAt', { date: formatDateTime(contact.submittedAt, language) })}
                </Text>
              )}
              {contact?.reviewNote && (
                <Text size="xs" c="dimmed">
                  {t('moderation.note', { note: contact.reviewNote })}
                </Text>
              )}
            </Stack>

            {decisions.length === 0 ? (
              <Alert color="gray" icon={<IconInfoCircle />}>
                {t(`moderation.noDecision.${status === 'PUBLISHED' ? 'PUBLISHED' : 'REJECTED'}`)}
              </Alert>
            ) : (
              <>
                <Radio.Group
                  label={t('moderation.decisionLabel')}
                  value={decision}
                  onChange={(value) => setDecision(decisions.find((d) => d === value) ?? null)}
                >
                  <Stack gap="xs" mt={6}>
                    {decisions.map((value) => (
                      <Radio
                        key={value}
                        value={value}
                        color={COLOR[value]}
                        label={t(`moderation.proposalDecision.${value}`)}
                        description={t(`moderation.proposalDecisionHint.${value}`)}
                      />
                    ))}
                  </Stack>
                </Radio.Group>
                <Textarea
                  label={t('moderation.noteLabel')}
                  description={t('moderation.proposalNoteHint')}
                  value={note}
                  onChange={(event) => setNote(event.currentTarget.value)}
                  autosize
                  minRows={2}
                  maxRows={6}
                  error={fieldError}
                />
                {decision === 'REJECT' && (
                  <Checkbox
                    label={t('moderation.blockSender')}
                    description={t('moderation.blockProposerHint')}
                    checked={blockSender}
                    onChange={(event) => setBlockSender(event.currentTarget.checked)}
                  />
                )}
              </>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose}>
                {decisions.length ? t('common.cancel') : t('moderation.close')}
              </Button>
              {decision && decisions.length > 0 && (
                <Button type="submit" color={COLOR[decision]} loading={loading}>
                  {t(`moderation.proposalDecision.${decision}`)}
                </Button>
              )}
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
