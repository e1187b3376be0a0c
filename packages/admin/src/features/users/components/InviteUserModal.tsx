import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Checkbox, Group, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteUserMutation as InviteResult, UserRole } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { errorMessageKey, hasErrorCode } from '../../../shared/errors';
import { useRecordForm } from '../../../shared/forms/useRecordForm';
import { ROLE_ORDER } from '../../auth';
import { inviteInput, type InviteValues, validateInvite } from '../invite-form';
import { InviteUserMutation, ProgrammeChoicesQuery } from '../users.graphql';

interface Props {
  opened: boolean;
  onClose: () => void;
  onInvited: (result: InviteResult['inviteUser']) => void;
}

const EMPTY: InviteValues = { name: '', email: '', roles: [], programmeIds: [] };

/** "Покани": a new account with roles (and a coordinator's programmes); they choose their own password. */
export function InviteUserModal({ opened, onClose, onInvited }: Props) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const form = useRecordForm<InviteValues>(EMPTY, validateInvite);
  const [failure, setFailure] = useState<string | null>(null);
  const [invite, { loading }] = useMutation(InviteUserMutation);
  const coordinator = form.values.roles.includes('COORDINATOR');
  const programmes = useQuery(ProgrammeChoicesQuery, {
    variables: { locale },
    skip: !opened || !coordinator,
  });

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
    <Modal opened={opened} onClose={close} title={t('users.inviteTitle')} size="lg" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {failure}
            </Alert>
          )}
          <TextInput label={t('users.form.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('users.form.email')} type="email" required {...form.getInputProps('email')} />
          <Checkbox.Group
            label={t('users.form.roles')}
            required
            value={form.values.roles}
            onChange={(roles) => form.setFieldValue('roles', roles as UserRole[])}
            error={form.errors.roles}
          >
            <Group gap="md" mt={4}>
              {ROLE_ORDER.map((role) => (
                <Checkbox key={role} value={role} label={t(`roles.${role}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          {coordinator && (
            <MultiSelect
              label={t('users.form.programmes')}
              description={t('users.form.programmesHint')}
              searchable
              data={(programmes.data?.volunteerProgrammes.edges ?? []).map(({ node }) => ({
                value: node.id,
                label: node.name,
              }))}
              {...form.getInputProps('programmeIds')}
            />
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('users.invite')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
