import { useMutation } from '@apollo/client/react';
import { Button, Group, Paper, PasswordInput, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey } from '../../../shared/errors';
import { useRecordForm } from '../../../shared/forms/useRecordForm';
import { ChangeMyPasswordMutation } from '../account.graphql';
import { NewPasswordFields } from './NewPasswordFields';
import { fieldReason, type NewPasswordValues, validateNewPassword } from '../password-form';

type Values = NewPasswordValues & { current: string };

const check = (values: Values) => ({
  ...validateNewPassword(values),
  ...(values.current ? {} : { current: 'auth.passwordRequired' as const }),
});

/** The current password, then the new one twice; the user's other sessions end. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const form = useRecordForm<Values>({ current: '', password: '', repeat: '' }, check);
  const [failure, setFailure] = useState<string | null>(null);
  const [change, { loading }] = useMutation(ChangeMyPasswordMutation);

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await change({
        variables: { input: { currentPassword: values.current, newPassword: values.password } },
      });
      form.reset();
      notifications.show({ color: 'teal', message: t('account.passwordChanged') });
      onChanged();
    } catch (error) {
      if (fieldReason(error, 'currentPassword') === 'wrongPassword')
        form.setFieldError('current', t('account.wrongPassword'));
      else setFailure(t(errorMessageKey(error)));
    }
  });

  return (
    <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate aria-labelledby="change-password">
      <Stack gap="sm" maw={420}>
        <Title order={2} size="h4" id="change-password">
          {t('account.changePassword')}
        </Title>
        <PasswordInput
          label={t('account.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('current')}
        />
        <NewPasswordFields failure={failure} inputProps={form.getInputProps} />
        <Group>
          <Button type="submit" loading={loading}>
            {t('account.savePassword')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
