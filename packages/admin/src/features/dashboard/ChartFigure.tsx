import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  title: string;
  /** How the numbers were made; shown under the chart. */
  caption: ReactNode;
  /** A headline figure above the chart (read by screen readers; the chart itself is not). */
  summary?: ReactNode;
  chart: ReactNode;
  /** The chart's data as table rows (label, then values), for screen readers and exact figures. */
  columns: string[];
  rows: { key: string; cells: ReactNode[] }[];
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string | null;
}

/** A chart with its title, a caption saying how it was counted, and its data as a table. */
export function ChartFigure({ title, caption, summary, chart, columns, rows, empty }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="figure" m={0} h="100%">
      <Stack gap="sm" h="100%">
        <Title order={2} size="h4">
          {title}
        </Title>
        {summary}
        {empty ? (
          <Text c="dimmed" size="sm" py="xl" ta="center">
            {empty}
          </Text>
        ) : (
          // inert: the chart's own SVG is focusable, which a hidden region must not be; the table below carries the data.
          <div aria-hidden inert>
            {chart}
          </div>
        )}
        <Text component="figcaption" size="xs" c="dimmed">
          {caption}
        </Text>
        {!empty && rows.length > 0 && (
          <details>
            <summary style={{ cursor: 'pointer' }}>
              <Text span size="sm" c="teal.8">
                {t('dashboard.charts.showTable')}
              </Text>
            </summary>
            <Table.ScrollContainer minWidth={280} mt="xs">
              <Table withTableBorder striped verticalSpacing={4} fz="sm">
                <Table.Thead>
                  <Table.Tr>
                    {columns.map((column, i) => (
                      <Table.Th key={column} ta={i === 0 ? 'left' : 'right'}>
                        {column}
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rows.map((row) => (
                    <Table.Tr key={row.key}>
                      {row.cells.map((cell, i) => (
                        <Table.Td key={i} ta={i === 0 ? 'left' : 'right'}>
                          {cell}
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </details>
        )}
      </Stack>
    </Paper>
  );
}
