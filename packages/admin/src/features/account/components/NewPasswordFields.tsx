import { Alert, PasswordInput } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** A form's failure that belongs to no field, shown above. */
  failure: string | null;
  /** The form's `getInputProps` for `password` and `repeat`. */
  inputProps: (path: 'password' | 'repeat') => GetInputPropsReturnType;
}

/** The new password, typed twice: the same on the one-time link's page and in "My account". */
export function NewPasswordFields({ failure, inputProps }: Props) {
  const { t } = useTranslation();
  return (
    <>
      {failure && (
        <Alert color="red" icon={<IconAlertCircle />} role="alert">
          {failure}
        </Alert>
      )}
      <PasswordInput
        label={t('account.newPassword')}
        description={t('account.passwordHint')}
        autoComplete="new-password"
        required
        {...inputProps('password')}
      />
      <PasswordInput
        label={t('account.repeatPassword')}
        autoComplete="new-password"
        required
        {...inputProps('repeat')}
      />
    </>
  );
}
