import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { termLabelInput, type TermKind, type TermRow } from '../term-list';

interface Props {
  kind: TermKind;
  /** The term edited; null for a new one. */
  term: TermRow | null;
  opened: boolean;
  onClose: () => void;
  onSave: (label: { bg: string; en?: string }) => Promise<void>;
}

/** A term's two labels, Bulgarian first and required; the Latin slug is made by the server. */
export function TermModal({ kind, term, opened, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ bg: '', en: '' });
  const [missing, setMissing] = useState(false);
  const [saving, setSaving] = useState(false);
  useEffect(() => {
    if (!opened) return;
    setValues({ bg: term?.bg ?? '', en: term?.en ?? '' });
    setMissing(false);
  }, [opened, term]);

  const submit = async () => {
    if (!values.bg.trim()) {
      setMissing(true);
      return;
    }
    setSaving(true);
    try {
      await onSave(termLabelInput(values));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={term ? t('taxonomies.editTitle', { label: term.bg }) : t(`taxonomies.new.${kind}`)}
      centered
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="sm">
          <TextInput
            label={t('taxonomies.form.bg')}
            required
            data-autofocus
            value={values.bg}
            error={missing ? t('taxonomies.form.bgRequired') : undefined}
            onChange={(event) => setValues({ ...values, bg: event.currentTarget.value })}
          />
          <TextInput
            label={t('taxonomies.form.en')}
            description={t('taxonomies.form.enHint')}
            lang="en"
            value={values.en}
            onChange={(event) => setValues({ ...values, en: event.currentTarget.value })}
          />
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={saving}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
