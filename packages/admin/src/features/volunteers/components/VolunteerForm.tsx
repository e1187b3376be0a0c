import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDeviceFloppy, IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { VolunteerDetailFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../shared/format';
import { MunicipalitySelect } from '../../geography/MunicipalitySelect';
import { ConfirmButton } from '../../../shared/components/ConfirmButton';
import { useSaveErrorReporter } from '../../../shared/hooks/useSaveErrorReporter';
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
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [createVolunteer, created] = useMutation(CreateVolunteerMutation);
  const [updateVolunteer, updated] = useMutation(UpdateVolunteerMutation);
  const [deleteVolunteer] = useMutation(DeleteVolunteerMutation);
  const reportSaveError = useSaveErrorReporter(volunteerFormPath);
  const contactHidden = Boolean(volunteer && !volunteer.contact);

  const form = useForm<VolunteerFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateVolunteerForm(values)).map(([path, problem]) => [
          path,
          t(`volunteers.form.${problem}`),
        ]),
      ),
  });

  const submit = form.onSubmit(async (values) => {
    try {
      if (volunteer) {
        const { data } = await updateVolunteer({
          variables: { input: updateVolunteerInput(values, volunteer, volunteer.version) },
        });
        notifications.show({ color: 'teal', message: t('volunteers.saved') });
        if (data) onSaved?.(data.updateVolunteer);
      } else {
        const { data } = await createVolunteer({ variables: { input: createVolunteerInput(values) } });
        notifications.show({ color: 'teal', message: t('volunteers.created') });
        if (data) {
          await navigate(`${LIST}/${data.createVolunteer.id}`, {
            replace: true,
            state: { name: data.createVolunteer.name },
          });
        }
      }
    } catch (error) {
      reportSaveError(error, form.setErrors);
    }
  });

  const remove = async () => {
    if (!volunteer) return;
    try {
      await deleteVolunteer({ variables: { id: volunteer.id, version: volunteer.version } });
      notifications.show({ color: 'teal', message: t('volunteers.deleted') });
      await navigate(LIST, { replace: true });
    } catch (error) {
      reportSaveError(error, form.setErrors);
    }
  };

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap={4}>
            <Anchor component={Link} to={LIST} size="sm">
              <Group gap={4}>
                <IconArrowLeft size={14} />
                {t('volunteers.title')}
              </Group>
            </Anchor>
            <Title order={1} size="h2">
              {volunteer ? volunteer.name : t('volunteers.createTitle')}
            </Title>
            {volunteer && (
              <Group gap="xs">
                <VettingBadge status={volunteer.vettingStatus} />
                <Text size="xs" c="dimmed">
                  {t('volunteers.form.version', { version: volunteer.version })} ·{' '}
                  {formatDateTime(volunteer.updatedAt, language)}
                </Text>
              </Group>
            )}
          </Stack>
          <Group gap="xs">
            {form.isDirty() && (
              <Text size="sm" c="orange.8">
                {t('volunteers.form.unsaved')}
              </Text>
            )}
            {volunteer && (
              <ConfirmButton
                label={t('volunteers.delete.button')}
                title={t('volunteers.delete.title')}
                text={t('volunteers.delete.text', { name: volunteer.name })}
                confirmLabel={t('volunteers.delete.confirm')}
                onConfirm={remove}
              />
            )}
            <Button component={Link} to={LIST} variant="default">
              {t('common.cancel')}
            </Button>
            <Button
              type="submit"
              form={FORM_ID}
              loading={created.loading || updated.loading}
              leftSection={<IconDeviceFloppy size={16} />}
            >
              {t('common.save')}
            </Button>
          </Group>
        </Group>

        <Grid gutter="md">
          <Grid.Col span={{ base: 12, lg: aside ? 7 : 12 }}>
            <form id={FORM_ID} onSubmit={submit} noValidate>
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
