import { Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ContactInputs } from '../../../shared/components/ContactInputs';
import type { OrganizationOption } from '../../organizations';
import { OrganizationSelect } from '../../organizations';
import type { PracticeFormValues } from '../practice-form';

interface Props {
  form: UseFormReturnType<PracticeFormValues>;
  /** The organization the practice names, so the picker shows its name at once. */
  known: readonly OrganizationOption[];
}

/** Who stands behind the practice (the innovator organization and name) and whom to contact. */
export function PracticeDetailsSection({ form, known }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">
        {t('practices.form.innovatorSection')}
      </Title>
      <Stack gap="md">
        <OrganizationSelect
          label={t('practices.form.organization')}
          placeholder={t('practices.form.organizationPlaceholder')}
          preferredKinds={['NGO', 'FOUNDATION', 'MUNICIPALITY']}
          known={known}
          {...form.getInputProps('organizationId')}
        />
        <TextInput
          label={t('practices.form.innovator')}
          description={t('practices.form.innovatorHint')}
          {...form.getInputProps('innovator')}
        />
        <Stack gap="xs">
          <Text size="sm" fw={500}>
            {t('contact.title')}
          </Text>
          <ContactInputs form={form} />
        </Stack>
      </Stack>
    </Paper>
  );
}
