import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Paper, Radio, Stack, Table, Text, Title, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage } from '../../i18n';
import { contentLocale } from '../../i18n/languages';
import { useLanguage } from '../../i18n/useLanguage';
import { ErrorState } from '../../shared/components/QueryStates';
import { errorMessageKey } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { DataTable, NARROW_CELL } from '../../shared/list/DataTable';
import { EndSessionMutation, MyAccountQuery, UpdateMyLanguageMutation } from './account.graphql';
import { ChangePasswordForm } from './components/ChangePasswordForm';

/** /account: my password, my sessions, my language (everyone signed in). */
export function AccountPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.title'));
  const { language } = useLanguage();
  const { data, loading, error, refetch } = useQuery(MyAccountQuery, { fetchPolicy: 'cache-and-network' });
  const [endSession, endState] = useMutation(EndSessionMutation);
  const [saveLanguage] = useMutation(UpdateMyLanguageMutation);
  const reload = () => void refetch().catch(() => undefined);
  const now = Date.now();
  const sessions = data?.sessions.filter((s) => !s.revokedAt && new Date(s.expiresAt).getTime() > now);

  const fail = (err: unknown) =>
    notifications.show({ color: 'red', title: t('errors.title'), message: t(errorMessageKey(err)) });

  const chooseLanguage = async (value: string) => {
    if (!isLanguage(value)) return;
    await changeLanguage(value);
    // Kept on the account too, so it follows the user to another browser.
    await saveLanguage({ variables: { language: contentLocale(value) } }).catch(fail);
  };

  if (error && !data) return <ErrorState error={error} onRetry={reload} />;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">
          {t('account.title')}
        </Title>
        {data?.me && (
          <Text c="dimmed" size="sm">
            {data.me.name} · {data.me.email}
          </Text>
        )}
      </div>

      <Paper withBorder p="lg">
        <Radio.Group
          label={
            <Title order={2} size="h4">
              {t('account.language')}
            </Title>
          }
          value={language}
          onChange={(v) => void chooseLanguage(v)}
        >
          <Group mt="xs">
            <Radio value="bg" label={t('languages.bg')} />
            <Radio value="en" label={t('languages.en')} />
          </Group>
        </Radio.Group>
      </Paper>

      <ChangePasswordForm onChanged={reload} />

      <Paper withBorder p="lg">
        <Stack gap="sm">
          <div>
            <Title order={2} size="h4">
              {t('account.sessions')}
            </Title>
            <Text c="dimmed" size="sm">
              {t('account.sessionsIntro')}
            </Text>
          </div>
          <DataTable
            columns={[
              { label: t('account.columns.started') },
              { label: t('account.columns.lastSeen') },
              { label: t('account.columns.actions'), narrow: true, hiddenLabel: true },
            ]}
            loading={loading}
            minWidth={520}
            skeletonRows={2}
            highlightOnHover={false}
            dimWhileLoading={false}
            rows={sessions}
            renderRow={(session) => (
              <Table.Tr key={session.id}>
                <Table.Td>
                  <Text size="sm">{formatDateTime(session.createdAt, language)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{formatDateTime(session.lastSeenAt, language)}</Text>
                </Table.Td>
                <Table.Td style={NARROW_CELL}>
                  {session.current ? (
                    <Badge color="teal" variant="light" miw="max-content">
                      {t('account.thisSession')}
                    </Badge>
                  ) : (
                    <Button
                      size="xs"
                      color="red"
                      variant="light"
                      loading={endState.loading}
                      aria-label={t('account.endSessionNamed', {
                        started: formatDateTime(session.createdAt, language),
                      })}
                      onClick={() => void endSession({ variables: { id: session.id } }).then(reload, fail)}
                    >
                      {t('account.endSession')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            )}
            empty={<Text size="sm">{t('common.none')}</Text>}
          />
        </Stack>
      </Paper>
    </Stack>
  );
}
