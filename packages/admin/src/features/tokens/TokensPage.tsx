import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenFieldsFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { DataTable, NARROW_CELL } from '../../shared/list/DataTable';
import { ConfirmModal } from '../../shared/components/ConfirmModal';
import { EmptyState, ErrorState } from '../../shared/components/QueryStates';
import { errorMessageKey, hasErrorCode } from '../../shared/errors';
import { formatDate, formatDateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { CreateTokenModal } from './components/CreateTokenModal';
import { TokenCreatedModal } from './components/TokenCreatedModal';
import { sortTokens, tokenScope, tokenState } from './token-form';
import { ApiTokensQuery, RevokeApiTokenMutation } from './tokens.graphql';

const STATE_COLOR = { active: 'teal', expired: 'gray', revoked: 'red' } as const;

/** /tokens: partner sites' API tokens (admins). */
export function TokensPage() {
  const { t } = useTranslation();
  usePageTitle(t('tokens.title'));
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(ApiTokensQuery, { fetchPolicy: 'cache-and-network' });
  const [createOpen, create] = useDisclosure(false);
  const [created, setCreated] = useState<{ token: string; apiToken: ApiTokenFieldsFragment } | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenFieldsFragment | null>(null);
  const [revoke, revokeState] = useMutation(RevokeApiTokenMutation);
  const [now] = useState(() => new Date());
  const tokens = useMemo(() => (data ? sortTokens(data.apiTokens, now) : undefined), [data, now]);

  const confirmRevoke = async () => {
    if (!revoking) return;
    try {
      await revoke({ variables: { id: revoking.id } });
      notifications.show({ color: 'teal', message: t('tokens.revoked', { name: revoking.name }) });
      setRevoking(null);
    } catch (err) {
      if (!hasErrorCode(err, 'UNAUTHENTICATED'))
        notifications.show({ color: 'red', title: t('errors.title'), message: t(errorMessageKey(err)) });
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('tokens.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('tokens.intro')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={16} />} onClick={create.open}>
          {t('tokens.new')}
        </Button>
      </Group>

      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch().catch(() => undefined)} />
      ) : (
        <Paper withBorder>
          <DataTable
            columns={[
              { label: t('tokens.columns.name') },
              { label: t('tokens.columns.owner') },
              { label: t('tokens.columns.origins') },
              { label: t('tokens.columns.expires'), narrow: true },
              { label: t('tokens.columns.lastUsed'), narrow: true },
              { label: t('tokens.columns.state'), narrow: true },
              { label: t('tokens.columns.actions'), narrow: true, hiddenLabel: true },
            ]}
            loading={loading}
            minWidth={860}
            skeletonRows={3}
            highlightOnHover={false}
            dimWhileLoading={false}
            rows={tokens}
            renderRow={(token) => {
              const state = tokenState(token, now);
              const scope = tokenScope(token);
              return (
                <Table.Tr key={token.id} c={state === 'active' ? undefined : 'dimmed'}>
                  <Table.Td>
                    <Text size="sm" fw={600}>
                      {token.name}
                    </Text>
                    <Text size="xs" ff="monospace" c="dimmed">
                      {t('tokens.prefix', { prefix: token.prefix })}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{scope?.name ?? t('common.none')}</Text>
                    {scope && (
                      <Text size="xs" c="dimmed">
                        {t(`tokens.ownerKind.${scope.kind}`)}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      {t(`tokens.scope.${token.scope}`)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {token.allowedOrigins.length ? (
                      token.allowedOrigins.map((origin) => (
                        <Text key={origin} size="xs" ff="monospace">
                          {origin}
                        </Text>
                      ))
                    ) : (
                      <Text size="xs" c="dimmed">
                        {t('tokens.serverOnly')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={NARROW_CELL}>
                    <Text size="sm">
                      {token.expiresAt ? formatDate(token.expiresAt, language) : t('tokens.noExpiry')}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NARROW_CELL}>
                    <Text size="sm">
                      {token.lastUsedAt ? formatDateTime(token.lastUsedAt, language) : t('tokens.neverUsed')}
                    </Text>
                  </Table.Td>
                  <Table.Td style={NARROW_CELL}>
                    <Badge color={STATE_COLOR[state]} variant="light" miw="max-content">
                      {t(`tokens.state.${state}`)}
                    </Badge>
                    {token.revokedAt && (
                      <Text size="xs" c="dimmed">
                        {formatDate(token.revokedAt, language)}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td style={NARROW_CELL}>
                    {!token.revokedAt && (
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        onClick={() => setRevoking(token)}
                        aria-label={t('tokens.revokeNamed', { name: token.name })}
                      >
                        {t('tokens.revoke')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            }}
            empty={
              <EmptyState
                message={t('tokens.empty')}
                action={
                  <Button variant="light" onClick={create.open}>
                    {t('tokens.new')}
                  </Button>
                }
              />
            }
          />
        </Paper>
      )}

      <CreateTokenModal
        opened={createOpen}
        onClose={create.close}
        onCreated={(result) => {
          create.close();
          setCreated(result);
          void refetch().catch(() => undefined);
        }}
      />
      <TokenCreatedModal created={created} onClose={() => setCreated(null)} />

      <ConfirmModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={t('tokens.revokeTitle')}
        text={t('tokens.revokeText', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revoke')}
        color="red"
        loading={revokeState.loading}
        onConfirm={() => void confirmRevoke()}
      />
    </Stack>
  );
}
