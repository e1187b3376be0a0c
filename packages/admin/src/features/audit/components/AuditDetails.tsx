import { Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../../history';
import { summarizeDetails } from '../audit-wording';

/** An entry's details, folded: the changed fields (or the first detail) as the summary. */
export function AuditDetails({ details }: { details: Record<string, unknown> | null | undefined }) {
  const { t } = useTranslation();
  const fieldLabel = useFieldLabel();
  const summary = summarizeDetails(details);
  if (!summary) return <>{t('common.none')}</>;
  const parts = [
    summary.fields.length
      ? t('audit.details.fields', { fields: summary.fields.map(fieldLabel).join(', ') })
      : null,
    summary.version !== null ? t('audit.details.version', { version: summary.version }) : null,
  ].filter((part): part is string => part !== null);
  const headline = parts.join(', ');
  if (summary.lines.length === 0) return <Text size="sm">{headline}</Text>;
  const first = summary.lines[0];
  return (
    <Box component="details" fz="sm">
      <Box component="summary" style={{ cursor: 'pointer' }}>
        {headline || `${first.key}: ${first.value}`}
      </Box>
      <Box component="dl" m={0} mt={4}>
        {summary.lines.map((line) => (
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
