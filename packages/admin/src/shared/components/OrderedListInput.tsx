import { ActionIcon, Badge, Button, Fieldset, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface OrderedListInputProps<T> {
  /** What the list is, e.g. "Конкретни цели". */
  label: string;
  description?: string;
  items: readonly T[];
  /** A stable key per item, so moving keeps what is typed in each. */
  getKey: (item: T, index: number) => string;
  renderItem: (item: T, index: number) => ReactNode;
  /** What one item is called, for buttons and screen readers: "Цел 2". */
  itemLabel: (index: number) => string;
  addLabel: string;
  emptyLabel?: string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  /** Absent for a list the server keeps in its own order (e.g. adoptions by year). */
  onMove?: (from: number, to: number) => void;
  error?: ReactNode;
  disabled?: boolean;
}

type Focus = { index: number; action: 'up' | 'down' } | 'last' | 'add' | null;

/**
 * An ordered list of items to add, remove and move up or down (e.g. a project's objectives).
 * Every action is a button, so the keyboard does all of it; focus follows the item moved, goes
 * to a new item's first field, and to "add" after a removal.
 */
export function OrderedListInput<T>(props: OrderedListInputProps<T>) {
  const { label, description, items, getKey, renderItem, itemLabel, addLabel, emptyLabel, error, disabled } =
    props;
  const { t } = useTranslation();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);
  const focus = useRef<Focus>(null);

  useEffect(() => {
    const target = focus.current;
    focus.current = null;
    if (!target || !listRef.current) return;
    if (target === 'add') return addRef.current?.focus();
    if (target === 'last') {
      const last = listRef.current.lastElementChild;
      const field = last?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea');
      (field ?? last?.querySelector<HTMLElement>('button:not(:disabled)'))?.focus();
      return;
    }
    // The moved item's button, or its other one when it reached an end of the list.
    const other = target.action === 'up' ? 'down' : 'up';
    for (const action of [target.action, other]) {
      const button = listRef.current.querySelector<HTMLButtonElement>(
        `[data-index="${target.index}"][data-action="${action}"]`,
      );
      if (button && !button.disabled) return button.focus();
    }
  });

  const move = (from: number, to: number, action: 'up' | 'down') => {
    focus.current = { index: to, action };
    props.onMove?.(from, to);
  };

  return (
    <Fieldset
      legend={label}
      variant="unstyled"
      p={0}
      styles={{ legend: { fontSize: 'var(--mantine-font-size-sm)', fontWeight: 500, marginBottom: 4 } }}
    >
      {description && (
        <Text size="xs" c="dimmed" mb={6}>
          {description}
        </Text>
      )}
      <Stack gap="xs">
        {items.length === 0 && emptyLabel && (
          <Text size="sm" c="dimmed">
            {emptyLabel}
          </Text>
        )}
        <ol
          ref={listRef}
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: 'var(--mantine-spacing-xs)',
          }}
        >
          {items.map((item, index) => {
            const name = itemLabel(index);
            return (
              <Paper component="li" key={getKey(item, index)} withBorder p="sm" radius="sm" aria-label={name}>
                <Group justify="space-between" gap="xs" mb={6} wrap="nowrap">
                  <Badge variant="light" color="gray" radius="sm">
                    {name}
                  </Badge>
                  <Group gap={4} wrap="nowrap">
                    {props.onMove && (
                      <>
                        <Tooltip label={t('inputs.orderedList.moveUp')} openDelay={400}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            data-index={index}
                            data-action="up"
                            disabled={disabled || index === 0}
                            aria-label={t('inputs.orderedList.moveUpItem', { item: name })}
                            onClick={() => move(index, index - 1, 'up')}
                          >
                            <IconArrowUp size={16} />
                          </ActionIcon>
                        </Tooltip>
                        <Tooltip label={t('inputs.orderedList.moveDown')} openDelay={400}>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            data-index={index}
                            data-action="down"
                            disabled={disabled || index === items.length - 1}
                            aria-label={t('inputs.orderedList.moveDownItem', { item: name })}
                            onClick={() => move(index, index + 1, 'down')}
                          >
                            <IconArrowDown size={16} />
                          </ActionIcon>
                        </Tooltip>
                      </>
                    )}
                    <Tooltip label={t('inputs.orderedList.remove')} openDelay={400}>
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        disabled={disabled}
                        aria-label={t('inputs.orderedList.removeItem', { item: name })}
                        onClick={() => {
                          focus.current = 'add';
                          props.onRemove(index);
                        }}
                      >
                        <IconTrash size={16} />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Group>
                {renderItem(item, index)}
              </Paper>
            );
          })}
        </ol>
        <Group>
          <Button
            ref={addRef}
            variant="light"
            size="xs"
            leftSection={<IconPlus size={14} />}
            disabled={disabled}
            onClick={() => {
              focus.current = 'last';
              props.onAdd();
            }}
          >
            {addLabel}
          </Button>
        </Group>
        {error && (
          <Text size="xs" c="red" role="alert">
            {error}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
