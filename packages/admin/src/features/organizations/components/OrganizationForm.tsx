import { useMutation } from '@apollo/client/react';
import { Alert, Grid, Paper, Select, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationEditFragment } from '../../../gql/graphql';
import { BilingualTextsPanel } from '../../../shared/forms/BilingualTextsPanel';
import { RecordFormHeader } from '../../../shared/forms/RecordFormHeader';
import { useRecordForm } from '../../../shared/forms/useRecordForm';
import { ConflictMerge, useMergingSave } from '../../conflict';
import { SeatMunicipalitySelect } from '../../geography';
import {
  CONTACT_FIELDS,
  createOrganizationInput,
  type OrganizationFormValues,
  organizationFormPath,
  organizationValuesFromInput,
  updateOrganizationInput,
  validateOrganizationForm,
} from '../organization-form';
import { ORGANIZATION_KINDS } from '../organization-list-state';
import { CreateOrganizationMutation, UpdateOrganizationMutation } from '../organizations.graphql';
import { useOrganizationConflictFields } from '../useOrganizationConflictFields';
import { HistoryButton } from '../../history';

const LIST = '/organizations';

interface Props {
  /** The organization as read in Bulgarian; absent when creating. */
  organization?: OrganizationEditFragment;
  /** The same organization read in English, for its translation status. */
  english?: OrganizationEditFragment;
  initialValues: OrganizationFormValues;
}

/**
 * Create or edit an organization: name and description in both languages, kind, contact, seat.
 * Server field errors land on their fields; a stale version opens the merge dialog.
 */
export function OrganizationForm({ organization, english, initialValues }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const [version, setVersion] = useState(organization?.version ?? 0);
  const [createOrganization, created] = useMutation(CreateOrganizationMutation);
  const [updateOrganization, updated] = useMutation(UpdateOrganizationMutation);
  const form = useRecordForm(initialValues, validateOrganizationForm);

  const { submit, conflict } = useMergingSave({
    form,
    section: 'organizations',
    list: LIST,
    formPath: organizationFormPath,
    recordId: organization?.id,
    version,
    setVersion,
    toInput: updateOrganizationInput,
    fromInput: organizationValuesFromInput,
    create: async (values) =>
      (await createOrganization({ variables: { input: createOrganizationInput(values) } })).data
        ?.createOrganization,
    update: async (input) => (await updateOrganization({ variables: { input } })).data?.updateOrganization,
  });
  const conflictFields = useOrganizationConflictFields();

  return (
    <>
      <form onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Stack gap="md">
          <RecordFormHeader
            titleId={titleId}
            section="organizations"
            list={LIST}
            record={organization && { ...organization, title: organization.name }}
            version={version}
            dirty={form.isDirty()}
            saving={created.loading || updated.loading}
            actions={organization && <HistoryButton to={`${LIST}/${organization.id}/history`} />}
          />

          {english?.localization.stale && (
            <Alert color="yellow" icon={<IconLanguage />}>
              {t('organizations.staleEnglish')}
            </Alert>
          )}

          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <BilingualTextsPanel
                form={form}
                section="organizations"
                descriptionRows={{ minRows: 4, maxRows: 14 }}
              />
            </Grid.Col>

            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="md">
                <Paper withBorder p="md">
                  <Title order={2} size="h4" mb="sm">
                    {t('organizations.form.profile')}
                  </Title>
                  <Stack gap="md">
                    <Select
                      label={t('organizations.form.kind')}
                      data={ORGANIZATION_KINDS.map((kind) => ({
                        value: kind,
                        label: t(`organizations.kind.${kind}`),
                      }))}
                      allowDeselect={false}
                      required
                      {...form.getInputProps('kind')}
                    />
                    <SeatMunicipalitySelect
                      label={t('organizations.form.municipality')}
                      placeholder={t('organizations.form.municipalityPlaceholder')}
                      {...form.getInputProps('municipalityCode')}
                    />
                  </Stack>
                </Paper>
                <Paper withBorder p="md">
                  <Title order={2} size="h4" mb="sm">
                    {t('organizations.form.contact')}
                  </Title>
                  <Stack gap="sm">
                    {CONTACT_FIELDS.map((field) =>
                      field === 'address' ? (
                        <Textarea
                          key={field}
                          label={t(`organizations.contact.${field}`)}
                          autosize
                          minRows={2}
                          {...form.getInputProps(`contact.${field}`)}
                        />
                      ) : (
                        <TextInput
                          key={field}
                          label={t(`organizations.contact.${field}`)}
                          type={
                            field === 'email'
                              ? 'email'
                              : field === 'website'
                                ? 'url'
                                : field === 'phone'
                                  ? 'tel'
                                  : 'text'
                          }
                          placeholder={
                            field === 'website' ? t('organizations.contact.websitePlaceholder') : undefined
                          }
                          {...form.getInputProps(`contact.${field}`)}
                        />
                      ),
                    )}
                  </Stack>
                </Paper>
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      </form>
      <ConflictMerge {...conflict.dialog} fields={conflictFields} />
    </>
  );
}
