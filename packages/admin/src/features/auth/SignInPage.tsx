import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeRedirect } from './safe-redirect';
import { LanguageSwitch } from '../../shared/components/LanguageSwitch';
import { FullPageLoader } from '../../shared/components/QueryStates';
import { errorMessageKey, hasErrorCode } from '../../shared/errors';
import { useRecordForm } from '../../shared/forms/useRecordForm';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { LoginMutation, MeQuery } from './auth.graphql';
import { validateSignIn } from './sign-in-form';
import { useSession } from './useSession';

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('auth.signInTitle'));
  const [params] = useSearchParams();
  const next = safeRedirect(params.get('next'));
  const navigate = useNavigate();
  const session = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  const [login, { loading }] = useMutation(LoginMutation, {
    update(cache, { data }) {
      if (data) cache.writeQuery({ query: MeQuery, data: { me: data.login } });
    },
  });
  const form = useRecordForm({ email: '', password: '' }, validateSignIn);

  if (session.loading) return <FullPageLoader />;
  if (session.user) return <Navigate to={next} replace />;

  const submit = form.onSubmit(async ({ email, password }) => {
    setFailure(null);
    try {
      await login({ variables: { input: { email: email.trim(), password } } });
      await navigate(next, { replace: true });
    } catch (error) {
      setFailure(
        hasErrorCode(error, 'UNAUTHENTICATED') ? t('auth.wrongCredentials') : t(errorMessageKey(error)),
      );
    }
  });

  return (
    <Center mih="100vh" p="md" bg="gray.0">
      <Stack w="100%" maw={400} gap="lg">
        <Group justify="space-between" align="flex-end">
          <div>
            <Title order={1} size="h2" c="teal.8">
              {t('app.name')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('app.tagline')}
            </Text>
          </div>
          <LanguageSwitch />
        </Group>
        <Paper withBorder shadow="sm" p="xl" radius="md" component="form" onSubmit={submit} noValidate>
          <Stack gap="md">
            <div>
              <Title order={2} size="h3">
                {t('auth.signInTitle')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('auth.signInText')}
              </Text>
            </div>
            {failure && (
              <Alert color="red" icon={<IconAlertCircle />} role="alert">
                {failure}
              </Alert>
            )}
            <TextInput
              label={t('auth.email')}
              type="email"
              autoComplete="username"
              required
              autoFocus
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <PasswordInput
              label={t('auth.password')}
              autoComplete="current-password"
              required
              key={form.key('password')}
              {...form.getInputProps('password')}
            />
            <Button type="submit" loading={loading} fullWidth>
              {t('auth.submit')}
            </Button>
          </Stack>
        </Paper>
      </Stack>
    </Center>
  );
}
