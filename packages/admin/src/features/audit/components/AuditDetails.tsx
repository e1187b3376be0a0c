import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../../history';
import { SUMMARY_FIELDS, summarizeDetails } from '../audit-wording';

/**
 * An entry's details, folded: the summary names the first changed fields and the version; the
 * rest (every field, the other details) opens below it.
 */
export function AuditDetails({ details }: { details: Record<string, unknown> | null | undefined }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const summary = summarizeDetails(details);
  if (!summary) return <>{t('common.none')}</>;
  const fields = summary.fields.map(fieldLabel);
  const hidden = fields.length - SUMMARY_FIELDS;
  const named =
    fields.slice(0, SUMMARY_FIELDS).join(', ') +
    (hidden > 0 ? ` ${t('common.more', { count: hidden })}` : '');
  const headline = [
    fields.length ? t('audit.details.fields', { fields: named }) : null,
    summary.version !== null ? t('audit.details.version', { version: summary.version }) : null,
  ]
    .filter((part): part is string => part !== null)
    .join(', ');
  const lines =
    hidden > 0
      ? [{ key: t('audit.details.allFields'), value: fields.join(', ') }, ...summary.lines]
      : summary.lines;
  if (lines.length === 0) return <Text size="sm">{headline}</Text>;
  return (
    <Box component="details" fz="sm">
      <Box component="summary" style={{ cursor: 'pointer' }}>
        {headline || `${lines[0].key}: ${lines[0].value}`}
      </Box>
      <Box component="dl" m={0} mt={4}>
        {lines.map((line) => (
          <Box key={line.key} style={{ display: 'flex', gap: 6 }}>
            <Text component="dt" size="sm" c="dimmed">
              {line.key}:
            </Text>
            <Text component="dd" size="sm" m={0} style={{ overflowWrap: 'anywhere' }}>
              {line.value}
            </Text>
          </Box>
        ))}
      </Box>
    </Box>
  );
}
