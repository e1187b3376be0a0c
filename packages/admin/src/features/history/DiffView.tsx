import { Badge, Box, Group, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconArrowRight, IconMinus, IconPlus } from '@tabler/icons-react';
import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { formatDate, formatDateTime } from '../../shared/format';
import { type RecordType, statusLabel } from '../../shared/grammar';
import { useMunicipalities } from '../geography';
import { diffView, type FieldChangeInput, type FieldDiff, isKnownKey, type Segment } from './diff-format';
import { useFieldLabel } from './useFieldLabel';

const STATUSES = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED'] as const;
const MARK = { before: 'var(--mantine-color-red-light)', after: 'var(--mantine-color-green-light)' } as const;

interface Props {
  changes: readonly FieldChangeInput[];
  /** The record's fields in form order. */
  order: readonly string[];
  /** Column headings, e.g. "Version 3" and "Version 5". */
  beforeLabel: string;
  afterLabel: string;
  /** The records' type: a status agrees with its noun. */
  type: RecordType | 'many';
}

/** Per-field before/after of two revisions: texts side by side, lists as added/removed. */
export function DiffView({ changes, order, beforeLabel, afterLabel, type }: Props) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const { language } = useLanguage();
  const { municipalities } = useMunicipalities();
  const fields = useMemo(() => {
    const names = new Map(municipalities?.map((m) => [m.code, language === 'en' ? m.nameEn : m.nameBg]));
    return diffView(
      changes,
      {
        formatDate: (value) => formatDate(value, language),
        formatDateTime: (value) => formatDateTime(value, language),
        yes: t('history.yes'),
        no: t('history.no'),
        label: (field, value) => {
          if (field === 'municipalityCodes' || field === 'municipalityCode') return names.get(value);
          if (field === 'precision' && (value === 'DAY' || value === 'MONTH' || value === 'YEAR'))
            return t(`precision.${value}`);
          return undefined;
        },
      },
      order,
    );
  }, [changes, order, language, t, municipalities]);
  if (!fields.length) return <Text c="dimmed">{t('history.noChanges')}</Text>;
  return (
    <Stack gap="sm">
      {fields.map((diff) => (
        <Paper key={diff.field} withBorder p="sm">
          <Text fw={600} size="sm" mb={6}>
            {fieldLabel(diff.field)}
          </Text>
          <FieldBody diff={diff} beforeLabel={beforeLabel} afterLabel={afterLabel} type={type} />
        </Paper>
      ))}
    </Stack>
  );
}

function FieldBody({
  diff,
  beforeLabel,
  afterLabel,
  type,
}: {
  diff: FieldDiff;
  beforeLabel: string;
  afterLabel: string;
  type: RecordType | 'many';
}) {
  const { t } = useTranslation();
  const label = (value: string | null) => {
    if (value === null) return null;
    const status = STATUSES.find((s) => s === value);
    return diff.field === 'status' && status ? statusLabel(t, status, type) : value;
  };
  switch (diff.kind) {
    case 'text':
      return (
        <Stack gap="xs">
          {diff.rows
            .filter((row) => row.changed)
            .map((row) => (
              <Box key={row.lang ?? 'text'}>
                {row.lang && (
                  <Badge size="xs" variant="outline" mb={4}>
                    {t(`history.lang.${row.lang}`)}
                  </Badge>
                )}
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                  <TextSide heading={beforeLabel} segments={row.before} side="before" />
                  <TextSide heading={afterLabel} segments={row.after} side="after" />
                </SimpleGrid>
              </Box>
            ))}
        </Stack>
      );
    case 'list':
      return (
        <Stack gap={2}>
          {diff.removed.map((item, i) => (
            <Group key={`-${i}`} gap={6} wrap="nowrap" align="flex-start">
              <IconMinus size={14} color="var(--mantine-color-red-7)" aria-label={t('history.removed')} />
              <Text size="sm" td="line-through" c="red.8" style={{ wordBreak: 'break-word' }}>
                {item}
              </Text>
            </Group>
          ))}
          {diff.added.map((item, i) => (
            <Group key={`+${i}`} gap={6} wrap="nowrap" align="flex-start">
              <IconPlus size={14} color="var(--mantine-color-green-8)" aria-label={t('history.added')} />
              <Text size="sm" c="green.9" style={{ wordBreak: 'break-word' }}>
                {item}
              </Text>
            </Group>
          ))}
          {diff.kept > 0 && (
            <Text size="xs" c="dimmed">
              {t('history.kept', { count: diff.kept })}
            </Text>
          )}
          {diff.added.length + diff.removed.length === 0 && (
            <Text size="xs" c="dimmed">
              {t('history.reordered')}
            </Text>
          )}
        </Stack>
      );
    case 'object':
      return (
        <Table.ScrollContainer minWidth={420}>
          <Table withRowBorders={false} verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="20%" />
                <Table.Th>{beforeLabel}</Table.Th>
                <Table.Th>{afterLabel}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {diff.rows
                .filter((row) => row.changed)
                .map((row) => (
                  <Table.Tr key={row.key}>
                    <Table.Td>
                      <Text size="sm" c="dimmed">
                        {isKnownKey(row.key) ? t(`history.keys.${row.key}`) : row.key}
                      </Text>
                    </Table.Td>
                    <Table.Td bg={MARK.before}>
                      <Value text={row.before} />
                    </Table.Td>
                    <Table.Td bg={MARK.after}>
                      <Value text={row.after} />
                    </Table.Td>
                  </Table.Tr>
                ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      );
    case 'value':
      return (
        <Group gap="xs" wrap="wrap">
          <Box px={6} bg={MARK.before} style={{ borderRadius: 4 }}>
            <Value text={label(diff.before)} />
          </Box>
          <IconArrowRight size={14} aria-label={t('history.becomes')} />
          <Box px={6} bg={MARK.after} style={{ borderRadius: 4 }}>
            <Value text={label(diff.after)} />
          </Box>
        </Group>
      );
  }
}

function Value({ text }: { text: string | null }) {
  const { t } = useTranslation();
  return text === null ? (
    <Text size="sm" fs="italic" c="dimmed" span>
      {t('history.emptyValue')}
    </Text>
  ) : (
    <Text size="sm" span style={{ wordBreak: 'break-word' }}>
      {text}
    </Text>
  );
}

function TextSide({
  heading,
  segments,
  side,
}: {
  heading: string;
  segments: Segment[] | null;
  side: 'before' | 'after';
}) {
  const { t } = useTranslation();
  return (
    <Box p="xs" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}>
      <Text size="xs" c="dimmed" mb={4}>
        {heading}
      </Text>
      {segments === null ? (
        <Text size="sm" fs="italic" c="dimmed">
          {t('history.emptyValue')}
        </Text>
      ) : (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
          {segments.map((segment, i) => (
            <Fragment key={i}>
              {segment.changed ? (
                <mark
                  style={{
                    background: MARK[side],
                    textDecoration: side === 'before' ? 'line-through' : undefined,
                    color: 'inherit',
                  }}
                >
                  {segment.text}
                </mark>
              ) : (
                segment.text
              )}
            </Fragment>
          ))}
        </Text>
      )}
    </Box>
  );
}
