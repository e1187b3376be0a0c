import { Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navItemsFor } from '../../app/navigation';
import { NAV_ICONS } from '../../shared/layout/nav-icons';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { useSession } from '../auth/useSession';

/** Start page: the sections the role may open. Charts come with the dashboard slice. */
export function DashboardPage() {
  const { t } = useTranslation();
  usePageTitle(t('dashboard.title'));
  const { user } = useSession();
  const sections = navItemsFor(user?.roles ?? []).filter((item) => item.key !== 'dashboard');
  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('dashboard.welcome', { name: user?.name ?? '' })}
        </Title>
        <Text c="dimmed">{t('dashboard.text')}</Text>
      </div>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {sections.map((item) => {
          const Icon = NAV_ICONS[item.key];
          return (
            <Card key={item.key} component={Link} to={item.path} withBorder padding="lg">
              <Group justify="space-between" wrap="nowrap">
                <Group gap="sm" wrap="nowrap">
                  <Icon size={24} stroke={1.6} color="var(--mantine-color-teal-7)" />
                  <Text fw={600}>{t(`nav.${item.key}`)}</Text>
                </Group>
                <IconArrowRight
                  size={18}
                  color="var(--mantine-color-gray-5)"
                  aria-label={t('dashboard.open')}
                />
              </Group>
            </Card>
          );
        })}
      </SimpleGrid>
    </Stack>
  );
}
