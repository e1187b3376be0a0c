import { Alert, Button, Code, CopyButton, Group, Modal, Stack } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

export interface OneTimeLinkShown {
  kind: 'invitation' | 'reset';
  name: string;
  link: string;
}

interface Props {
  shown: OneTimeLinkShown | null;
  onClose: () => void;
}

/** A link that was not e-mailed, shown this once: the server keeps only its hash. */
export function OneTimeLinkModal({ shown, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={shown !== null}
      onClose={onClose}
      title={t('users.linkTitle')}
      size="lg"
      centered
      closeOnClickOutside={false}
    >
      {shown && (
        <Stack gap="sm">
          <Alert color="orange" icon={<IconAlertTriangle />} title={t('users.linkOnceTitle')}>
            {t(shown.kind === 'invitation' ? 'users.linkOnceInvitation' : 'users.linkOnceReset', {
              name: shown.name,
            })}
          </Alert>
          <Code
            block
            style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
            aria-label={t('users.linkLabel')}
          >
            {shown.link}
          </Code>
          <Group justify="space-between" gap="xs">
            <CopyButton value={shown.link}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'filled'}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                  data-autofocus
                >
                  {copied ? t('users.copied') : t('users.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              {t('users.done')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
