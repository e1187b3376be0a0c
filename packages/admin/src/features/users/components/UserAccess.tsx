import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UserFieldsFragment } from '../../../gql/graphql';
import { ROLE_ORDER } from '../../auth';

/** An account's roles as badges, and the programmes a coordinator coordinates by name. */
export function UserAccess({ user }: { user: Pick<UserFieldsFragment, 'roles' | 'programmes'> }) {
  const { t } = useTranslation();
  const coordinates = user.roles.includes('COORDINATOR') && user.programmes.length > 0;
  return (
    <Stack gap={4}>
      <Group gap={4}>
        {ROLE_ORDER.filter((role) => user.roles.includes(role)).map((role) => (
          <Badge key={role} variant="light" color="gray">
            {t(`roles.${role}`)}
          </Badge>
        ))}
      </Group>
      {coordinates && (
        <Text size="xs" c="dimmed">
          {t('users.programmesOf', { names: user.programmes.map((p) => p.name).join(', ') })}
        </Text>
      )}
    </Stack>
  );
}
