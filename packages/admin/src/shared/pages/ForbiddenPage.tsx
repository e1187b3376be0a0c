import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from '../hooks/usePageTitle';

/** A section the user's role may not use (its link is hidden; this covers typed addresses). */
export function ForbiddenPage() {
  const { t } = useTranslation();
  usePageTitle(t('forbidden.title'));
  return (
    <Center mih="60vh" p="xl">
      <Stack align="center" gap="sm" ta="center">
        <IconLock size={48} stroke={1.4} color="var(--mantine-color-gray-5)" aria-hidden />
        <Title order={1} size="h2">
          {t('forbidden.title')}
        </Title>
        <Text c="dimmed">{t('forbidden.text')}</Text>
        <Button component={Link} to="/" variant="light">
          {t('notFound.home')}
        </Button>
      </Stack>
    </Center>
  );
}
