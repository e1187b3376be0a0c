import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { ImportForm } from './components/ImportForm';
import { RecentImports } from './components/RecentImports';

/** /imports: a new import (files → preview) and the recent ones. */
export function ImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('imports.title'));
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('imports.title')}
        </Title>
        <Text c="dimmed" size="sm">
          {t('imports.intro')}
        </Text>
      </div>
      <ImportForm />
      <RecentImports />
    </Stack>
  );
}
