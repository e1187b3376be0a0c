import { useQuery } from '@apollo/client/react';
import { Checkbox, Group, MultiSelect } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { UserRole } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { ROLE_ORDER } from '../../auth';
import type { AccessValues } from '../access-form';
import { ProgrammeChoicesQuery } from '../users.graphql';

interface Props<Values extends AccessValues> {
  form: UseFormReturnType<Values>;
  /** The dialog is open: only then are the programmes to choose from read. */
  opened: boolean;
}

/** The roles as checkboxes and, for a coordinator, the programmes they coordinate. */
export function AccessFields<Values extends AccessValues>({ form, opened }: Props<Values>) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  // Mantine's form types its paths by the concrete values; these two exist in every AccessValues.
  const access = form as unknown as UseFormReturnType<AccessValues>;
  const coordinator = access.values.roles.includes('COORDINATOR');
  const programmes = useQuery(ProgrammeChoicesQuery, {
    variables: { locale },
    skip: !opened || !coordinator,
  });

  return (
    <>
      <Checkbox.Group
        label={t('users.form.roles')}
        required
        value={access.values.roles}
        onChange={(roles) => access.setFieldValue('roles', roles as UserRole[])}
        error={access.errors.roles}
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
          {...access.getInputProps('programmeIds')}
        />
      )}
    </>
  );
}
