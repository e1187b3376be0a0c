import {
  AppShell,
  Avatar,
  Badge,
  Burger,
  Button,
  Group,
  Menu,
  NavLink,
  Progress,
  ScrollArea,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useNavigation } from 'react-router';
import { isInSection, navItemsFor } from '../navigation';
import { can, ROLE_ORDER } from '../../features/auth/permissions';
import { useSession } from '../../features/auth/useSession';
import { useSignOut } from '../../features/auth/useSignOut';
import { SearchLauncher } from '../../features/search';
import { LanguageSwitch } from '../../shared/components/LanguageSwitch';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

/**
 * The signed-in frame: header (name, search, user, language, sign-out), a navbar with the sections the
 * role may use, and the page. Below the md breakpoint (tablet portrait) the navbar folds into a burger.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const { user } = useSession();
  const signOut = useSignOut();
  const location = useLocation();
  const navigation = useNavigation();
  const [opened, { toggle, close }] = useDisclosure(false);

  useEffect(close, [location.pathname, close]);

  const roles = [...(user?.roles ?? [])].sort((a, b) => ROLE_ORDER.indexOf(a) - ROLE_ORDER.indexOf(b));
  const items = navItemsFor(roles);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 248, breakpoint: 'md', collapsed: { mobile: !opened } }}
      padding="lg"
    >
      <AppShell.Header>
        {navigation.state === 'loading' && (
          <Progress value={100} animated size="xs" radius={0} pos="absolute" top={0} left={0} right={0} />
        )}
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="md" size="sm" aria-label={t('nav.toggle')} />
            <Title order={1} size="h3" c="teal.8">
              <Link to="/" style={{ color: 'inherit', textDecoration: 'none' }}>
                {t('app.name')}
              </Link>
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {/* The search opens records in the content sections: for those who may edit them. */}
            {can(roles, 'content:manage') && <SearchLauncher />}
            <LanguageSwitch />
            <Menu position="bottom-end" width={240} withinPortal>
              <Menu.Target>
                {/* Named by its visible text (WCAG 2.5.3 label in name), "Account" first for small
                    screens, where only the avatar shows. */}
                <UnstyledButton>
                  <VisuallyHidden>{t('header.account')}</VisuallyHidden>
                  <Group gap={8} wrap="nowrap">
                    <Avatar color="teal" radius="xl" size={32} aria-hidden>
                      {initials(user?.name ?? '')}
                    </Avatar>
                    <div style={{ lineHeight: 1.1 }}>
                      <Text size="sm" fw={600} visibleFrom="sm" truncate maw={180}>
                        {user?.name}
                      </Text>
                      <Text size="xs" c="dimmed" visibleFrom="sm">
                        {roles.map((role) => t(`roles.${role}`)).join(', ')}
                      </Text>
                    </div>
                    <IconChevronDown size={14} />
                  </Group>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Label>{user?.email}</Menu.Label>
                <Group gap={4} px="sm" pb="xs">
                  {roles.map((role) => (
                    <Badge key={role} size="sm" variant="light">
                      {t(`roles.${role}`)}
                    </Badge>
                  ))}
                </Group>
                <Menu.Divider />
                <Menu.Item leftSection={<IconLogout size={16} />} onClick={() => void signOut()}>
                  {t('header.signOut')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button
              variant="subtle"
              color="gray"
              size="compact-sm"
              leftSection={<IconLogout size={16} />}
              onClick={() => void signOut()}
              visibleFrom="lg"
            >
              {t('header.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>

      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        <AppShell.Section grow component={ScrollArea}>
          {items.map((item) => {
            const Icon = item.icon;
            return (
              <NavLink
                key={item.key}
                component={Link}
                to={item.path}
                label={t(`nav.${item.key}`)}
                leftSection={<Icon size={18} stroke={1.6} />}
                active={isInSection(location.pathname, item.path)}
                variant="light"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              />
            );
          })}
        </AppShell.Section>
      </AppShell.Navbar>

      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
