import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Grid,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { IconLock } from '@tabler/icons-react';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { VolunteerDetailFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { MunicipalitySelect } from '../../geography';
import { DeleteRecordButton } from '../../../shared/forms/DeleteRecordButton';
import { RecordFormHeader } from '../../../shared/forms/RecordFormHeader';
import { useRecordForm } from '../../../shared/forms/useRecordForm';
import { useRecordSave } from '../../../shared/forms/useRecordSave';
import { VETTING_STATUSES } from '../volunteer-list-state';
import {
  createVolunteerInput,
  updateVolunteerInput,
  validateVolunteerForm,
  type VolunteerFormValues,
  volunteerFormPath,
} from '../volunteer-form';
import {
  CreateVolunteerMutation,
  DeleteVolunteerMutation,
  UpdateVolunteerMutation,
} from '../volunteers.graphql';
import { VettingBadge } from './VettingBadge';
import { DayInput } from '../../../shared/forms/DayInput';

interface Props {
  /** Absent when creating. */
  volunteer?: VolunteerDetailFragment;
  initialValues: VolunteerFormValues;
  onSaved?: (volunteer: VolunteerDetailFragment) => void;
  /** More panels beside the form (assignments, data protection). */
  aside?: ReactNode;
}

const LIST = '/volunteers';
/** The panels beside the form have buttons of their own: the form is only the profile column. */
const FORM_ID = 'volunteer-form';

/** A volunteer's profile, contact (where the server shows it), consent and vetting. */
export function VolunteerForm({ volunteer, initialValues, onSaved, aside }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { language } = useLanguage();
  const [createVolunteer, created] = useMutation(CreateVolunteerMutation);
  const [updateVolunteer, updated] = useMutation(UpdateVolunteerMutation);
  const [deleteVolunteer] = useMutation(DeleteVolunteerMutation);
  const contactHidden = Boolean(volunteer && !volunteer.contact);
  const form = useRecordForm(initialValues, validateVolunteerForm);

  const { submit, remove } = useRecordSave({
    form,
    section: 'volunteers',
    list: LIST,
    formPath: volunteerFormPath,
    update:
      volunteer &&
      (async (values) => {
        const { data } = await updateVolunteer({
          variables: { input: updateVolunteerInput(values, volunteer, volunteer.version) },
        });
        if (data) onSaved?.(data.updateVolunteer);
      }),
    create: async (values) => {
      const made = (await createVolunteer({ variables: { input: createVolunteerInput(values) } })).data
        ?.createVolunteer;
      // The new page can say whose it is before it has read the volunteer.
      return made && { id: made.id, state: { name: made.name } };
    },
    remove:
      volunteer && (() => deleteVolunteer({ variables: { id: volunteer.id, version: volunteer.version } })),
  });

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <Stack gap="md">
        <RecordFormHeader
          titleId={titleId}
          section="volunteers"
          list={LIST}
          record={volunteer && { title: volunteer.name, updatedAt: volunteer.updatedAt }}
          version={volunteer?.version ?? 0}
          badge={volunteer && <VettingBadge status={volunteer.vettingStatus} />}
          dirty={form.isDirty()}
          saving={created.loading || updated.loading}
          actions={
            volunteer && <DeleteRecordButton section="volunteers" name={volunteer.name} onConfirm={remove} />
          }
          formId={FORM_ID}
        />

        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: aside ? 7 : 12 }}>
            <form id={FORM_ID} onSubmit={submit} noValidate aria-labelledby={titleId}>
              <Stack gap="md">
                <Paper withBorder p="md">
                  <Title order={2} size="h4" mb="sm">
                    {t('volunteers.form.profile')}
                  </Title>
                  <Stack gap="md">
                    <TextInput
                      label={t('volunteers.form.name')}
                      required
                      key={form.key('name')}
                      {...form.getInputProps('name')}
                    />
                    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                      <MunicipalitySelect
                        label={t('volunteers.form.municipality')}
                        placeholder={t('volunteers.form.municipalityPlaceholder')}
                        maxValues={1}
                        key={form.key('municipalityCode')}
                        {...form.getInputProps('municipalityCode')}
                      />
                      <Select
                        label={t('volunteers.form.vetting')}
                        data={VETTING_STATUSES.map((s) => ({
                          value: s,
                          label: t(`volunteers.vetting.${s}`),
                        }))}
                        allowDeselect={false}
                        key={form.key('vettingStatus')}
                        {...form.getInputProps('vettingStatus')}
                      />
                    </SimpleGrid>
                    <TagsInput
                      label={t('volunteers.form.skills')}
                      description={t('volunteers.form.skillsHint')}
                      clearable
                      key={form.key('skills')}
                      {...form.getInputProps('skills')}
                    />
                    <Textarea
                      label={t('volunteers.form.availability')}
                      autosize
                      minRows={2}
                      maxRows={6}
                      key={form.key('availability')}
                      {...form.getInputProps('availability')}
                    />
                  </Stack>
                </Paper>
                <Paper withBorder p="md">
                  <Title order={2} size="h4" mb="sm">
                    {t('volunteers.form.contactAndConsent')}
                  </Title>
                  <Stack gap="md">
                    {contactHidden ? (
                      <Alert color="gray" icon={<IconLock />} title={t('volunteers.contactHidden')}>
                        {t('volunteers.contactHiddenHint')}
                      </Alert>
                    ) : (
                      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
                        <TextInput
                          label={t('volunteers.form.email')}
                          type="email"
                          autoComplete="off"
                          key={form.key('email')}
                          {...form.getInputProps('email')}
                        />
                        <TextInput
                          label={t('volunteers.form.phone')}
                          type="tel"
                          autoComplete="off"
                          key={form.key('phone')}
                          {...form.getInputProps('phone')}
                        />
                      </SimpleGrid>
                    )}
                    <DayInput
                      label={t('volunteers.form.consent')}
                      description={t('volunteers.form.consentHint')}
                      clearable
                      maxDate={new Date()}
                      key={form.key('consentDay')}
                      {...form.getInputProps('consentDay')}
                    />
                  </Stack>
                </Paper>
              </Stack>
            </form>
          </Grid.Col>
          {aside}
        </Grid>
      </Stack>
    </DatesProvider>
  );
}
