import { Button, type MantineColor, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  onClose: () => void;
  title: string;
  text: string;
  /** The confirming button's label. */
  confirmLabel: string;
  /** Red for what cannot be undone (purge, revoke); the theme's colour otherwise. */
  color?: MantineColor;
  loading: boolean;
  onConfirm: () => void;
}

/**
 * A dialog asking before a row action of a list page (purge, revoke, restore a revision). The
 * cancel button has the focus, so Enter does not confirm by accident.
 */
export function ConfirmModal({
  opened,
  onClose,
  title,
  text,
  confirmLabel,
  color,
  loading,
  onConfirm,
}: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <Stack gap="sm">
        <Text size="sm">{text}</Text>
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button color={color} loading={loading} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
