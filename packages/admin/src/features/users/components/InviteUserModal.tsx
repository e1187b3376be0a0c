import { useMutation } from '@apollo/client/react';
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteUserMutation as InviteResult } from '../../../gql/graphql';
import { errorMessageKey, hasErrorCode } from '../../../shared/errors';
import { useRecordForm } from '../../../shared/forms/useRecordForm';
import { inviteInput, type InviteValues, validateInvite } from '../invite-form';
import { InviteUserMutation } from '../users.graphql';
import { AccessFields } from './AccessFields';
import { AccountDialog } from './AccountDialog';

interface Props {
  opened: boolean;
  onClose: () => void;
  onInvited: (result: InviteResult['inviteUser']) => void;
}

const EMPTY: InviteValues = { name: '', email: '', roles: [], programmeIds: [] };

/** "Покани": a new account with roles (and a coordinator's programmes); they choose their own password. */
export function InviteUserModal({ opened, onClose, onInvited }: Props) {
  const { t } = useTranslation();
  const form = useRecordForm<InviteValues>(EMPTY, validateInvite);
  const [failure, setFailure] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(InviteUserMutation);

  const close = () => {
    form.reset();
    setFailure(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const { data } = await invite({ variables: { input: inviteInput(values) } });
      if (data) {
        form.reset();
        onInvited(data.inviteUser);
      }
    } catch (error) {
      setFailure(hasErrorCode(error, 'CONFLICT') ? t('users.emailTaken') : t(errorMessageKey(error)));
    }
  });

  return (
    <AccountDialog
      opened={opened}
      title={t('users.inviteTitle')}
      failure={failure}
      submitLabel={t('users.invite')}
      loading={loading}
      onClose={close}
      onSubmit={submit}
    >
      <TextInput label={t('users.form.name')} required {...form.getInputProps('name')} />
      <TextInput label={t('users.form.email')} type="email" required {...form.getInputProps('email')} />
      <AccessFields form={form} opened={opened} />
    </AccountDialog>
  );
}
