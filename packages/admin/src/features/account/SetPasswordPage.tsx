import { useMutation } from '@apollo/client/react';
import { Alert, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MeQuery } from '../auth';
import { LanguageSwitch } from '../../shared/components/LanguageSwitch';
import { errorMessageKey } from '../../shared/errors';
import { useRecordForm } from '../../shared/forms/useRecordForm';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { SetPasswordMutation } from './account.graphql';
import { NewPasswordFields } from './components/NewPasswordFields';
import { fieldReason, type NewPasswordValues, tokenFromHash, validateNewPassword } from './password-form';

/** Read once, then taken out of the address bar: the link is not left in the history. */
function takeToken(): string | null {
  const token = tokenFromHash(window.location.hash);
  if (window.location.hash) window.history.replaceState(null, '', window.location.pathname);
  return token;
}

/** /set-password#token=…: an invited user (or one an admin reset) chooses a password, then is signed in. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('setPassword.title'));
  const navigate = useNavigate();
  const [token] = useState(takeToken);
  const [invalid, setInvalid] = useState(token === null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useRecordForm<NewPasswordValues>({ password: '', repeat: '' }, validateNewPassword);
  const [setPassword, { loading }] = useMutation(SetPasswordMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQuery, data: { me: data.setPassword } });
    },
  });

  const submit = form.onSubmit(async ({ password }) => {
    if (!token) return;
    setFailure(null);
    try {
      await setPassword({ variables: { input: { token, password } } });
      await navigate('/', { replace: true });
    } catch (error) {
      if (fieldReason(error, 'token') === 'invalidToken') setInvalid(true);
      else setFailure(t(errorMessageKey(error)));
    }
  });

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={420} gap="lg">
        <Group justify="space-between" align="flex-end">
          <div>
            <Text size="xl" fw={700} c="teal.8">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md" component="form" onSubmit={submit} noValidate>
          <Stack gap="md">
            <div>
              <Title order={1} size="h3">
                {t('setPassword.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('setPassword.intro')}
              </Text>
            </div>
            {invalid ? (
              <Alert
                color="red"
                icon={<IconAlertCircle />}
                role="alert"
                title={t('setPassword.invalidTitle')}
              >
                {t('setPassword.invalidText')}
              </Alert>
            ) : (
              <>
                <NewPasswordFields failure={failure} inputProps={form.getInputProps} />
                <Button type="submit" loading={loading} fullWidth>
                  {t('setPassword.submit')}
                </Button>
              </>
            )}
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
