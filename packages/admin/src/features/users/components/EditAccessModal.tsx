import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserFieldsFragment } from '../../../gql/graphql';
import { errorMessageKey, hasErrorCode, mapServerErrors } from '../../../shared/errors';
import { useRecordForm } from '../../../shared/forms/useRecordForm';
import { accessInput, type AccessValues, validateAccess } from '../access-form';
import { UpdateUserAccessMutation } from '../users.graphql';
import { AccessFields } from './AccessFields';
import { AccountDialog } from './AccountDialog';

interface Props {
  user: UserFieldsFragment;
  onClose: () => void;
  onSaved: (user: UserFieldsFragment) => void;
  /** Someone changed the account meanwhile: the list reads it again. */
  onStale: () => void;
}

/** "Роли": an account's roles and, for a coordinator, their programmes. */
export function EditAccessModal({ user, onClose, onSaved, onStale }: Props) {
  const { t } = useTranslation();
  const form = useRecordForm<AccessValues>(
    { roles: [...user.roles], programmeIds: user.programmes.map((p) => p.id) },
    validateAccess,
  );
  const [failure, setFailure] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateUserAccessMutation);

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      const { data } = await update({
        variables: { input: { id: user.id, version: user.version, ...accessInput(values) } },
      });
      if (data) onSaved(data.updateUser);
    } catch (error) {
      if (hasErrorCode(error, 'CONFLICT')) {
        setFailure(t('users.accessConflict'));
        onStale();
        return;
      }
      // "You cannot remove your own admin role", "at least one active admin": said by the roles.
      const { roles, ...others } = mapServerErrors(error);
      if (roles) form.setFieldError('roles', roles);
      const rest = Object.values(others);
      if (!roles || rest.length) setFailure(rest.length ? rest.join('; ') : t(errorMessageKey(error)));
    }
  });

  return (
    <AccountDialog
      opened
      title={t('users.editAccessTitle', { name: user.name })}
      failure={failure}
      submitLabel={t('common.save')}
      loading={loading}
      onClose={onClose}
      onSubmit={submit}
    >
      <AccessFields form={form} opened />
    </AccountDialog>
  );
}
