import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TermRow } from '../term-list';

interface Props {
  /** The term that goes away; null while the dialog is closed. */
  source: TermRow | null;
  terms: readonly TermRow[];
  loading: boolean;
  onClose: () => void;
  onMerge: (target: TermRow) => Promise<void>;
}

/** "Обедини с…": pick the term that stays, see how many records move to it, confirm. */
export function MergeTermModal({ source, terms, loading, onClose, onMerge }: Props) {
  const { t } = useTranslation();
  const [targetId, setTargetId] = useState<string | null>(null);
  useEffect(() => setTargetId(null), [source]);
  const target = terms.find((term) => term.id === targetId) ?? null;

  return (
    <Modal
      opened={source !== null}
      onClose={onClose}
      title={t('taxonomies.merge.title', { label: source?.bg ?? '' })}
      centered
    >
      {source && (
        <Stack gap="sm">
          <Select
            label={t('taxonomies.merge.target')}
            placeholder={t('taxonomies.merge.targetPlaceholder')}
            data={terms
              .filter((term) => term.id !== source.id)
              .map((term) => ({ value: term.id, label: term.bg }))}
            value={targetId}
            onChange={setTargetId}
            searchable
            data-autofocus
          />
          {target && (
            <Alert color="orange" role="status">
              <Text size="sm">
                {t('taxonomies.merge.summary', {
                  practices: source.practices,
                  projects: source.projects,
                  source: source.bg,
                  target: target.bg,
                })}
              </Text>
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button disabled={!target} loading={loading} onClick={() => target && void onMerge(target)}>
              {t('taxonomies.merge.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
