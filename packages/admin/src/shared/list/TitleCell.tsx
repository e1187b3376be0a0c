import { Anchor, Group, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface Props {
  /** The record's page. */
  to: string;
  title: string;
  /** A dimmed line under the title (slug, organization). */
  subtitle: string;
  /** Beside the title, e.g. a "mine" badge. */
  badge?: ReactNode;
  minWidth?: number;
}

/** A list's first cell: the record's title, linking to it, over a dimmed line. */
export function TitleCell({ to, title, subtitle, badge, minWidth }: Props) {
  const link = (
    <Anchor component={Link} to={to} fw={600} lineClamp={2}>
      {title}
    </Anchor>
  );
  return (
    <Table.Td style={{ maxWidth: 0, minWidth }}>
      {badge ? (
        <Group gap={6} wrap="nowrap">
          {link}
          {badge}
        </Group>
      ) : (
        link
      )}
      <Text size="xs" c="dimmed" truncate>
        {subtitle}
      </Text>
    </Table.Td>
  );
}
