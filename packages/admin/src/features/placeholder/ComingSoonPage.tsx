import { Paper, Stack, Text, Title } from '@mantine/core';
import { IconTools } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useMatches } from 'react-router';
import { NAV_ITEMS, type SectionKey } from '../../app/navigation';
import { usePageTitle } from '../../shared/hooks/usePageTitle';

function isSection(value: unknown): value is SectionKey {
  return NAV_ITEMS.some((item) => item.key === value);
}

/** Sections of later slices: a titled page, so navigation and permissions work end to end. */
export function ComingSoonPage() {
  const { t } = useTranslation();
  const section = useMatches()
    .map((match) => (match.handle as { section?: unknown } | undefined)?.section)
    .find(isSection);
  const title = section ? t(`nav.${section}`) : '';
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Paper withBorder p="xl">
        <Stack align="center" gap="xs">
          <IconTools size={40} stroke={1.4} color="var(--mantine-color-gray-5)" aria-hidden />
          <Text c="dimmed">{t('comingSoon.text')}</Text>
        </Stack>
      </Paper>
    </Stack>
  );
}
