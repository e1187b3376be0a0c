import { Box, Group, Text } from '@mantine/core';
import type { MouseEvent } from 'react';
import { Link } from 'react-router';
import { StatusBadge } from '../../../shared/components/StatusBadge';
import type { SearchItem } from '../search-results';
import { Snippet } from './Snippet';

interface Props {
  id: string;
  item: SearchItem;
  /** The result Enter opens (aria-activedescendant of the field). */
  active: boolean;
  /** The pointer is over it: it becomes the active one. */
  onPoint: () => void;
  /** A plain click opens it here: the dialog closes. */
  onOpen: () => void;
}

/** A click that opens a new tab or window (Ctrl, ⌘, Shift, the middle button) leaves the box open. */
const opensElsewhere = (event: MouseEvent) =>
  event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey;

/**
 * One result: an option of the listbox that is also a link to the record, so it can be opened in
 * a new tab. Out of the tab order: the focus stays in the search field.
 */
export function SearchResultOption({ id, item, active, onPoint, onOpen }: Props) {
  return (
    <Box
      component={Link}
      to={item.path}
      id={id}
      role="option"
      aria-selected={active}
      tabIndex={-1}
      onMouseMove={active ? undefined : onPoint}
      onClick={(event: MouseEvent) => {
        if (!opensElsewhere(event)) onOpen();
      }}
      display="block"
      px="sm"
      py={6}
      style={{
        borderRadius: 'var(--mantine-radius-sm)',
        // Scrolled into view below the dialog's sticky field and above its footer.
        scrollMarginTop: 64,
        scrollMarginBottom: 48,
        color: 'inherit',
        textDecoration: 'none',
        backgroundColor: active ? 'var(--mantine-primary-color-light)' : undefined,
      }}
    >
      <Group gap="xs" wrap="nowrap" justify="space-between" align="flex-start">
        <Text size="sm" fw={600} lineClamp={2}>
          {item.titleParts ? <Snippet parts={item.titleParts} /> : item.title}
        </Text>
        {item.status && item.status !== 'PUBLISHED' && (
          <StatusBadge status={item.status} type={item.typename} />
        )}
      </Group>
      {item.snippet && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          <Snippet parts={item.snippet} />
        </Text>
      )}
    </Box>
  );
}
