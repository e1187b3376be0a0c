import { Alert, Button, Code, CopyButton, Group, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCopy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenFieldsFragment } from '../../../gql/graphql';

interface Props {
  created: { token: string; apiToken: ApiTokenFieldsFragment } | null;
  onClose: () => void;
}

/** The new token, shown this once: the server keeps only its hash. */
export function TokenCreatedModal({ created, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={created !== null}
      onClose={onClose}
      title={t('tokens.createdTitle')}
      size="lg"
      centered
      closeOnClickOutside={false}
    >
      {created && (
        <Stack gap="sm">
          <Alert color="orange" icon={<IconAlertTriangle />} title={t('tokens.onceTitle')}>
            {t('tokens.onceText')}
          </Alert>
          <Text size="sm">{t('tokens.createdFor', { name: created.apiToken.name })}</Text>
          <Code
            block
            style={{ wordBreak: 'break-all', whiteSpace: 'pre-wrap' }}
            aria-label={t('tokens.tokenLabel')}
          >
            {created.token}
          </Code>
          <Group justify="space-between" gap="xs">
            <CopyButton value={created.token}>
              {({ copied, copy }) => (
                <Button
                  variant={copied ? 'light' : 'filled'}
                  color={copied ? 'teal' : undefined}
                  leftSection={copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  onClick={copy}
                  data-autofocus
                >
                  {copied ? t('tokens.copied') : t('tokens.copy')}
                </Button>
              )}
            </CopyButton>
            <Button variant="default" onClick={onClose}>
              {t('tokens.done')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('tokens.usage')}
          </Text>
        </Stack>
      )}
    </Modal>
  );
}
