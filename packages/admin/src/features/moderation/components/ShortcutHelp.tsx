import { Group, Kbd, Modal, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ModerationTab } from '../moderation-state';
import { type QueueCommand, SHORTCUTS } from '../queue-keyboard';

/** Shortcuts that do something on the proposals tab (there is no bulk decision there). */
const PROPOSAL_COMMANDS: readonly QueueCommand[] = ['down', 'up', 'approve', 'reject', 'open', 'help'];

/** The keyboard shortcuts of the queue, opened with "?". */
export function ShortcutHelp({
  opened,
  onClose,
  tab,
}: {
  opened: boolean;
  onClose: () => void;
  tab: ModerationTab;
}) {
  const { t } = useTranslation();
  const shortcuts = SHORTCUTS.filter((s) =>
    tab === 'nominations' ? s.command !== 'open' : PROPOSAL_COMMANDS.includes(s.command),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('moderation.shortcuts.title')} centered>
      <Text size="sm" c="dimmed" mb="sm">
        {t('moderation.shortcuts.intro')}
      </Text>
      <Table>
        <Table.Tbody>
          {shortcuts.map((shortcut) => (
            <Table.Tr key={shortcut.command}>
              <Table.Td w={90}>
                <Group gap={4}>
                  {shortcut.keys.map((key) => (
                    <Kbd key={key}>{key}</Kbd>
                  ))}
                </Group>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  {tab === 'proposals' && (shortcut.command === 'approve' || shortcut.command === 'reject')
                    ? t(`moderation.shortcuts.proposal.${shortcut.command}`)
                    : t(`moderation.shortcuts.commands.${shortcut.command}`)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
