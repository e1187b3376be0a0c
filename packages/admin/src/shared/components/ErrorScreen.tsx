import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isChunkLoadError } from '../errors';

/** A whole-page error: the app (or a route) could not render. Offers a reload. */
export function ErrorScreen({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <Center mih="60vh" p="xl">
      <Stack align="center" gap="sm" maw={520} ta="center">
        <IconAlertTriangle size={48} stroke={1.5} color="var(--mantine-color-orange-6)" aria-hidden />
        <Title order={2}>{t('errors.title')}</Title>
        <Text c="dimmed">{isChunkLoadError(error) ? t('errors.chunk') : t('errors.unexpected')}</Text>
        <Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>
      </Stack>
    </Center>
  );
}
