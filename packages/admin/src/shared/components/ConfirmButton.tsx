import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props extends Omit<ButtonProps, 'onClick' | 'children'> {
  /** What the button says. */
  label: string;
  /** The dialog's title and text. */
  title: string;
  text: ReactNode;
  /** The confirming button's label. */
  confirmLabel: string;
  onConfirm: () => Promise<unknown>;
}

/** A button that asks before it acts (deleting, removing); the dialog stays up while it works. */
export function ConfirmButton({ label, title, text, confirmLabel, onConfirm, ...button }: Props) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await onConfirm();
      close();
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button color="red" variant="light" {...button} onClick={open}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Stack gap="md">
          {typeof text === 'string' ? <Text size="sm">{text}</Text> : text}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close} disabled={busy}>
              {t('common.cancel')}
            </Button>
            <Button color="red" loading={busy} onClick={() => void confirm()} data-autofocus>
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
