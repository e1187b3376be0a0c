import { Button, Group, Kbd, Paper, Text } from '@mantine/core';
import { IconBan, IconCheck, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ModerationDecision } from '../../../gql/graphql';

const BUTTONS = [
  { decision: 'APPROVE', key: 'a', color: 'teal', Icon: IconCheck },
  { decision: 'REJECT', key: 'r', color: 'gray', Icon: IconX },
  { decision: 'SPAM', key: 's', color: 'red', Icon: IconBan },
] as const satisfies readonly { decision: ModerationDecision; key: string; color: string; Icon: unknown }[];

interface Props {
  /** Rows checked. */
  selected: number;
  /** Rows a decision would apply to now (the checked ones, or the focused row). */
  targets: number;
  onDecide: (decision: ModerationDecision) => void;
  onClear: () => void;
}

/** Decisions for the selection (or the focused row), with their shortcut keys. */
export function BulkBar({ selected, targets, onDecide, onClear }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="xs" pos="sticky" top={60} style={{ zIndex: 2 }}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text size="sm" aria-live="polite">
          {selected ? t('moderation.selected', { count: selected }) : t('moderation.noneSelected')}
        </Text>
        <Group gap="xs" wrap="wrap">
          {BUTTONS.map(({ decision, key, color, Icon }) => (
            <Button
              key={decision}
              size="xs"
              variant="light"
              color={color}
              disabled={targets === 0}
              leftSection={<Icon size={14} />}
              rightSection={<Kbd size="xs">{key}</Kbd>}
              aria-keyshortcuts={key}
              onClick={() => onDecide(decision)}
            >
              {t(`moderation.decision.${decision}`)}
            </Button>
          ))}
          {selected > 0 && (
            <Button size="xs" variant="subtle" onClick={onClear}>
              {t('moderation.clearSelection')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}
