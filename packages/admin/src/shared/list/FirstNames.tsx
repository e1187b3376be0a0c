import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** How many names a row shows before "+ N more". */
const SHOWN = 3;

/** The first few names (e.g. municipalities), then how many more there are. */
export function FirstNames({ names }: { names: readonly string[] }) {
  const { t } = useTranslation();
  const rest = names.length - SHOWN;
  return (
    <Text size="sm">
      {names.length === 0 ? t('common.none') : names.slice(0, SHOWN).join(', ')}
      {rest > 0 && (
        <Text span size="sm" c="dimmed">
          {' '}
          {t('common.more', { count: rest })}
        </Text>
      )}
    </Text>
  );
}
