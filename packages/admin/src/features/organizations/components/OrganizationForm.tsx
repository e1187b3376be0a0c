import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Anchor,
  Button,
  Grid,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDeviceFloppy, IconLanguage } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { OrganizationEditFragment, UpdateOrganizationInput } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { formatDateTime } from '../../../shared/format';
import { useSaveErrorReporter } from '../../../shared/hooks/useSaveErrorReporter';
import { ConflictMerge } from '../../conflict/ConflictMerge';
import { useConflictMerge } from '../../conflict/useConflictMerge';
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
import { SeatMunicipalitySelect } from './SeatMunicipalitySelect';

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
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [version, setVersion] = useState(organization?.version ?? 0);
  const [createOrganization, created] = useMutation(CreateOrganizationMutation);
  const [updateOrganization, updated] = useMutation(UpdateOrganizationMutation);
  const saving = created.loading || updated.loading;
  /** The values last read or saved: what "changed by me" is measured from in a conflict. */
  const base = useRef(initialValues);

  const form = useForm<OrganizationFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validateOrganizationForm(values)).map(([path, problem]) => [
          path,
          t(`organizations.form.${problem}`),
        ]),
      ),
  });

  const reportError = useSaveErrorReporter(organizationFormPath);
  const reportSaveError = (error: unknown) => reportError(error, form.setErrors);

  // A stale version opens the merge dialog: the other person's values beside these, nothing lost.
  const conflict = useConflictMerge<UpdateOrganizationInput>({
    save: async (merged) => {
      const { data } = await updateOrganization({ variables: { input: merged } });
      const values = organizationValuesFromInput(merged, form.getValues());
      form.setValues(values);
      form.resetDirty(values);
      base.current = values;
      if (data) setVersion(data.updateOrganization.version);
      notifications.show({ color: 'teal', message: t('conflict.savedMerged') });
    },
    onFailed: (error, merged) => {
      form.setValues(organizationValuesFromInput(merged, form.getValues()));
      setVersion(merged.version);
      reportSaveError(error);
    },
  });
  const conflictFields = useOrganizationConflictFields();

  const submit = form.onSubmit(async (values) => {
    let input: UpdateOrganizationInput | null = null;
    try {
      if (organization) {
        input = updateOrganizationInput(values, organization.id, version);
        const { data } = await updateOrganization({ variables: { input } });
        if (data) setVersion(data.updateOrganization.version);
        form.resetDirty(values);
        base.current = values;
        notifications.show({ color: 'teal', message: t('organizations.saved') });
      } else {
        const { data } = await createOrganization({ variables: { input: createOrganizationInput(values) } });
        notifications.show({ color: 'teal', message: t('organizations.created') });
        if (data) await navigate(`/organizations/${data.createOrganization.id}`, { replace: true });
      }
    } catch (error) {
      const start = organization && updateOrganizationInput(base.current, organization.id, version);
      if (!input || !conflict.open(error, input, start)) reportSaveError(error);
    }
  });

  return (
    <>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap={4}>
              <Anchor component={Link} to="/organizations" size="sm">
                <Group gap={4}>
                  <IconArrowLeft size={14} />
                  {t('organizations.title')}
                </Group>
              </Anchor>
              <Title order={1} size="h2">
                {organization ? organization.name : t('organizations.createTitle')}
              </Title>
              {organization && (
                <Text size="xs" c="dimmed">
                  {t('organizations.form.version', { version })} · {organization.slug} ·{' '}
                  {formatDateTime(organization.updatedAt, language)}
                </Text>
              )}
            </Stack>
            <Group gap="xs">
              {form.isDirty() && (
                <Text size="sm" c="orange.8">
                  {t('organizations.form.unsaved')}
                </Text>
              )}
              <Button component={Link} to="/organizations" variant="default">
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />}>
                {t('common.save')}
              </Button>
            </Group>
          </Group>

          {english?.localization.stale && (
            <Alert color="yellow" icon={<IconLanguage />}>
              {t('organizations.staleEnglish')}
            </Alert>
          )}

          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('organizations.form.texts')}
                </Title>
                <Stack gap="md">
                  {(['name', 'description'] as const).map((field) => (
                    <Grid key={field} gutter="sm">
                      {(['bg', 'en'] as const).map((lang) => {
                        const label = `${t(`organizations.form.${field}`)} · ${t(`organizations.form.${lang}`)}`;
                        return (
                          <Grid.Col key={lang} span={{ base: 12, md: 6 }}>
                            {field === 'name' ? (
                              <TextInput
                                label={label}
                                lang={lang}
                                required={lang === 'bg'}
                                {...form.getInputProps(`${field}.${lang}`)}
                              />
                            ) : (
                              <Textarea
                                label={label}
                                lang={lang}
                                autosize
                                minRows={4}
                                maxRows={14}
                                {...form.getInputProps(`${field}.${lang}`)}
                              />
                            )}
                          </Grid.Col>
                        );
                      })}
                    </Grid>
                  ))}
                </Stack>
              </Paper>
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
