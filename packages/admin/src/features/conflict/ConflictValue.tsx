import { Badge, Group, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { htmlToPlainText } from '../../shared/components/rich-text';
import { toEditableText } from './conflict-merge';

/**
 * How a field is compared: `text` and `longText` are bilingual texts (the merged value may be
 * edited), `textList` an ordered list of texts, `itemList` of named items (name + description),
 * `value` anything else, shown through `format`.
 */
export type ConflictFieldKind = 'text' | 'longText' | 'textList' | 'itemList' | 'value';

export interface ConflictField {
  /** The input field, e.g. `summary`. */
  field: string;
  label: string;
  kind: ConflictFieldKind;
  /** For `value`: the value in words (names instead of codes and ids). */
  format?: (value: unknown) => ReactNode;
}

function Empty() {
  const { t } = useTranslation();
  return (
    <Text size="sm" c="dimmed" fs="italic">
      {t('conflict.empty')}
    </Text>
  );
}

/** `rich` texts are HTML: shown as the text a reader sees, not as markup. */
function Bilingual({ value, clamp, rich }: { value: unknown; clamp?: number; rich?: boolean }) {
  const { t } = useTranslation();
  const text = toEditableText(value);
  if (!text.bg && !text.en) return <Empty />;
  return (
    <Stack gap={6}>
      {(['bg', 'en'] as const).map((lang) => (
        <Group key={lang} gap={6} align="flex-start" wrap="nowrap">
          <Badge size="xs" variant="outline" color="gray" radius="sm" mt={3} style={{ flexShrink: 0 }}>
            {t(`conflict.lang.${lang}`)}
          </Badge>
          {text[lang] ? (
            <Text
              size="sm"
              lang={lang}
              style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              lineClamp={clamp}
            >
              {rich ? htmlToPlainText(text[lang]) : text[lang]}
            </Text>
          ) : (
            <Text size="sm" c="dimmed">
              {t('common.none')}
            </Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}

function asList(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** A field's value, one side of the comparison. */
export function ConflictValue({ spec, value }: { spec: ConflictField; value: unknown }) {
  switch (spec.kind) {
    case 'text':
    case 'longText':
      return <Bilingual value={value} rich />;
    case 'textList': {
      const items = asList(value);
      if (!items.length) return <Empty />;
      return (
        <List type="ordered" spacing={6} size="sm">
          {items.map((item, i) => (
            <List.Item key={i}>
              <Bilingual value={item} clamp={6} />
            </List.Item>
          ))}
        </List>
      );
    }
    case 'itemList': {
      const items = asList(value) as { name?: unknown; description?: unknown }[];
      if (!items.length) return <Empty />;
      return (
        <List type="ordered" spacing={8} size="sm">
          {items.map((item, i) => (
            <List.Item key={i}>
              <Text size="sm" fw={600}>
                {toEditableText(item?.name).bg}
              </Text>
              {toEditableText(item?.name).en && (
                <Text size="xs" c="dimmed" lang="en">
                  {toEditableText(item?.name).en}
                </Text>
              )}
              {toEditableText(item?.description).bg && (
                <Text size="sm" lineClamp={4}>
                  {toEditableText(item?.description).bg}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      );
    }
    default: {
      const shown = spec.format ? spec.format(value) : plain(value);
      return shown === '' || shown === null || shown === undefined ? (
        <Empty />
      ) : (
        <Text size="sm">{shown}</Text>
      );
    }
  }
}

/** A value without a formatter: texts as they are, lists joined, the rest as JSON. */
function plain(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(plain).join(', ');
  return JSON.stringify(value);
}
