import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserFieldsFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { EmptyState, ErrorState } from '../../shared/components/QueryStates';
import { errorMessageKey, hasErrorCode } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { DataTable, NARROW_CELL } from '../../shared/list/DataTable';
import { useSession } from '../auth';
import { EditAccessModal } from './components/EditAccessModal';
import { InviteUserModal } from './components/InviteUserModal';
import { OneTimeLinkModal, type OneTimeLinkShown } from './components/OneTimeLinkModal';
import { UserAccess } from './components/UserAccess';
import { ResetUserPasswordMutation, SetUserActiveMutation, UsersQuery } from './users.graphql';

type Pending = { kind: 'reset' | 'disable' | 'enable'; user: UserFieldsFragment };

/** /users: the team's accounts (admins): invite, disable or enable, reset a password. */
export function UsersPage() {
  const { t } = useTranslation();
  usePageTitle(t('users.title'));
  const { language } = useLanguage();
  const { user: me } = useSession();
  const { data, loading, error, refetch } = useQuery(UsersQuery, { fetchPolicy: 'cache-and-network' });
  const [inviteOpen, invite] = useDisclosure(false);
  const [shown, setShown] = useState<OneTimeLinkShown | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [reset, resetState] = useMutation(ResetUserPasswordMutation);
  const [setActive, activeState] = useMutation(SetUserActiveMutation);
  // By id, so that a list read again after a conflict hands the dialog the new version.
  const [editingId, setEditingId] = useState<string | null>(null);
  const editing = data?.users.find((user) => user.id === editingId);

  const fail = (err: unknown) => {
    if (!hasErrorCode(err, 'UNAUTHENTICATED'))
      notifications.show({ color: 'red', title: t('errors.title'), message: t(errorMessageKey(err)) });
  };

  /** The link when it was not e-mailed; a notice when it was. */
  const delivered = (
    kind: OneTimeLinkShown['kind'],
    result: { link?: string | null; user: { name: string; email: string } },
  ) => {
    if (result.link) setShown({ kind, name: result.user.name, link: result.link });
    else notifications.show({ color: 'teal', message: t('users.emailed', { email: result.user.email }) });
  };

  const confirm = async () => {
    if (!pending) return;
    const { kind, user } = pending;
    try {
      if (kind === 'reset') {
        const { data: answer } = await reset({ variables: { id: user.id } });
        if (answer) delivered('reset', answer.resetUserPassword);
      } else {
        await setActive({ variables: { id: user.id, version: user.version, active: kind === 'enable' } });
        notifications.show({
          color: 'teal',
          message: t(kind === 'enable' ? 'users.enabled' : 'users.disabled', { name: user.name }),
        });
      }
      setPending(null);
    } catch (err) {
      fail(err);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('users.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('users.intro')}
          </Text>
        </div>
        <Button leftSection={<IconUserPlus size={16} />} onClick={invite.open}>
          {t('users.invite')}
        </Button>
      </Group>

      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Paper withBorder>
          <DataTable
            columns={[
              { label: t('users.columns.name') },
              { label: t('users.columns.roles') },
              { label: t('users.columns.lastSignIn'), narrow: true },
              { label: t('users.columns.state'), narrow: true },
              { label: t('users.columns.actions'), narrow: true, hiddenLabel: true },
            ]}
            loading={loading}
            minWidth={760}
            skeletonRows={3}
            highlightOnHover={false}
            dimWhileLoading={false}
            rows={data?.users}
            renderRow={(user) => (
              <Table.Tr key={user.id} c={user.active ? undefined : 'dimmed'}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {user.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {user.email}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <UserAccess user={user} />
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Text size="sm">
                    {user.lastSignInAt
                      ? formatDateTime(user.lastSignInAt, language)
                      : t('users.neverSignedIn')}
                  </Text>
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Badge color={user.active ? 'teal' : 'red'} variant="light" miw="max-content">
                    {t(user.active ? 'users.active' : 'users.inactive')}
                  </Badge>
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setEditingId(user.id)}
                      aria-label={t('users.editAccessNamed', { name: user.name })}
                    >
                      {t('users.editAccess')}
                    </Button>
                    {user.id !== me?.id && (
                      <>
                        <Button
                          size="xs"
                          variant="light"
                          onClick={() => setPending({ kind: 'reset', user })}
                          aria-label={t('users.resetNamed', { name: user.name })}
                        >
                          {t('users.reset')}
                        </Button>
                        <Button
                          size="xs"
                          variant="light"
                          color={user.active ? 'red' : 'teal'}
                          onClick={() => setPending({ kind: user.active ? 'disable' : 'enable', user })}
                          aria-label={t(user.active ? 'users.disableNamed' : 'users.enableNamed', {
                            name: user.name,
                          })}
                        >
                          {t(user.active ? 'users.disable' : 'users.enable')}
                        </Button>
                      </>
                    )}
                  </Group>
                </Table.Td>
              </Table.Tr>
            )}
            empty={<EmptyState message={t('users.empty')} />}
          />
        </Paper>
      )}

      <InviteUserModal
        opened={inviteOpen}
        onClose={invite.close}
        onInvited={(result) => {
          invite.close();
          delivered('invitation', result);
          void refetch().catch(() => undefined);
        }}
      />
      {editing && (
        <EditAccessModal
          key={editing.id}
          user={editing}
          onClose={() => setEditingId(null)}
          onSaved={(user) => {
            setEditingId(null);
            notifications.show({ color: 'teal', message: t('users.accessSaved', { name: user.name }) });
          }}
          onStale={() => void refetch().catch(() => undefined)}
        />
      )}
      <OneTimeLinkModal shown={shown} onClose={() => setShown(null)} />
      <ConfirmModal
        opened={pending !== null}
        onClose={() => setPending(null)}
        title={t(`users.confirm.${pending?.kind ?? 'reset'}Title`)}
        text={t(`users.confirm.${pending?.kind ?? 'reset'}Text`, { name: pending?.user.name ?? '' })}
        confirmLabel={t(`users.${pending?.kind ?? 'reset'}`)}
        color={pending?.kind === 'enable' ? 'teal' : 'red'}
        loading={resetState.loading || activeState.loading}
        onConfirm={() => void confirm()}
      />
    </Stack>
  );
}
