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
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconDeviceFloppy, IconLanguage } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PracticeEditFragment, UpdatePracticeInput } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { StatusBadge } from '../../../shared/components/StatusBadge';
import { conflictVersion, errorMessageKey, hasErrorCode, mapServerErrors } from '../../../shared/errors';
import { formatDateTime } from '../../../shared/format';
import { MunicipalitySelect } from '../../geography/MunicipalitySelect';
import { usePracticeConflict } from '../../conflict/usePracticeConflict';
import { HistoryButton } from '../../history/HistoryButton';
import { ThemeSelect } from '../../taxonomy/ThemeSelect';
import { CONTENT_STATUSES } from '../practice-list-state';
import {
  createPracticeInput,
  PERIOD_PRECISIONS,
  type PracticeFormValues,
  practiceFormPath,
  TEXT_FIELDS,
  type TextField,
  updatePracticeInput,
  validatePracticeForm,
} from '../practice-form';
import { CreatePracticeMutation, UpdatePracticeMutation } from '../practices.graphql';

const TEXT_LABEL = {
  title: 'practices.form.titleField',
  summary: 'practices.form.summary',
  background: 'practices.form.background',
  practice: 'practices.form.practice',
  results: 'practices.form.results',
} as const satisfies Record<TextField, string>;

interface Props {
  /** The practice as read in Bulgarian; absent when creating. */
  practice?: PracticeEditFragment;
  /** The same practice read in English, for its translation status. */
  english?: PracticeEditFragment;
  initialValues: PracticeFormValues;
}

/**
 * Create or edit a practice: texts in Bulgarian and English side by side, then status, place,
 * themes and period. Server field errors land on their fields; a stale version opens the merge.
 */
export function PracticeForm({ practice, english, initialValues }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const [version, setVersion] = useState(practice?.version ?? 0);
  const [createPractice, created] = useMutation(CreatePracticeMutation);
  const [updatePractice, updated] = useMutation(UpdatePracticeMutation);
  const saving = created.loading || updated.loading;

  const form = useForm<PracticeFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) =>
      Object.fromEntries(
        Object.entries(validatePracticeForm(values)).map(([path, problem]) => [
          path,
          t(`practices.form.${problem}`),
        ]),
      ),
  });

  const reportSaveError = (error: unknown) => {
    // An expired session is reported by the client, which also sends the user to sign in.
    if (hasErrorCode(error, 'UNAUTHENTICATED')) return;
    if (hasErrorCode(error, 'CONFLICT')) {
      const current = conflictVersion(error);
      notifications.show({
        color: 'orange',
        title: t('errors.conflictTitle'),
        message:
          current === null ? t('errors.conflictNoVersion') : t('errors.conflict', { version: current }),
        autoClose: false,
      });
      return;
    }
    const fieldErrors = mapServerErrors(error);
    if (Object.keys(fieldErrors).length) {
      const onForm: Record<string, string> = {};
      const elsewhere: string[] = [];
      for (const [path, message] of Object.entries(fieldErrors)) {
        const formPath = practiceFormPath(path);
        if (formPath) onForm[formPath] = onForm[formPath] ? `${onForm[formPath]}; ${message}` : message;
        else elsewhere.push(`${path}: ${message}`);
      }
      form.setErrors(onForm);
      notifications.show({
        color: 'red',
        message: elsewhere.length
          ? `${t('errors.validation')} ${t('errors.otherFields', { fields: elsewhere.join('; ') })}`
          : t('errors.validation'),
      });
      return;
    }
    notifications.show({ color: 'red', title: t('errors.title'), message: t(errorMessageKey(error)) });
  };

  // A stale version opens the merge dialog: the other person's values beside these, nothing lost.
  const conflict = usePracticeConflict({
    form,
    update: async (input) =>
      (await updatePractice({ variables: { input } })).data?.updatePractice.version ?? null,
    setVersion,
    reportError: (error) => reportSaveError(error),
  });

  const submit = form.onSubmit(async (values) => {
    let input: UpdatePracticeInput | null = null;
    try {
      if (practice) {
        input = updatePracticeInput(values, practice.id, version);
        const { data } = await updatePractice({ variables: { input } });
        if (data) setVersion(data.updatePractice.version);
        form.resetDirty(values);
        conflict.saved(values);
        notifications.show({ color: 'teal', message: t('practices.saved') });
      } else {
        const { data } = await createPractice({ variables: { input: createPracticeInput(values) } });
        notifications.show({ color: 'teal', message: t('practices.created') });
        if (data) await navigate(`/practices/${data.createPractice.id}`, { replace: true });
      }
    } catch (error) {
      if (!input || !conflict.open(error, input)) reportSaveError(error);
    }
  });

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Group justify="space-between" align="flex-start" wrap="wrap">
            <Stack gap={4}>
              <Anchor component={Link} to="/practices" size="sm">
                <Group gap={4}>
                  <IconArrowLeft size={14} />
                  {t('practices.title')}
                </Group>
              </Anchor>
              <Title order={1} size="h2">
                {practice ? practice.title : t('practices.createTitle')}
              </Title>
              {practice && (
                <Group gap="xs">
                  <StatusBadge status={practice.status} />
                  <Text size="xs" c="dimmed">
                    {t('practices.form.version', { version })} · {practice.slug} ·{' '}
                    {formatDateTime(practice.updatedAt, language)}
                  </Text>
                </Group>
              )}
            </Stack>
            <Group gap="xs">
              {form.isDirty() && (
                <Text size="sm" c="orange.8">
                  {t('practices.form.unsaved')}
                </Text>
              )}
              {practice && <HistoryButton to={`/practices/${practice.id}/history`} />}
              <Button component={Link} to="/practices" variant="default">
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} />}>
                {t('common.save')}
              </Button>
            </Group>
          </Group>

          {english?.localization.stale && (
            <Alert color="yellow" icon={<IconLanguage />}>
              {t('practices.staleEnglish')}
            </Alert>
          )}

          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('practices.form.texts')}
                </Title>
                <Stack gap="md">
                  {TEXT_FIELDS.map((field) => (
                    <Grid key={field} gutter="sm">
                      {(['bg', 'en'] as const).map((lang) => {
                        const label = `${t(TEXT_LABEL[field])} · ${t(`practices.form.${lang}`)}`;
                        const input = form.getInputProps(`${field}.${lang}`);
                        return (
                          <Grid.Col key={lang} span={{ base: 12, md: 6 }}>
                            {field === 'title' ? (
                              <TextInput
                                label={label}
                                required={lang === 'bg'}
                                lang={lang}
                                key={form.key(`${field}.${lang}`)}
                                {...input}
                              />
                            ) : (
                              <Textarea
                                label={label}
                                lang={lang}
                                autosize
                                minRows={field === 'summary' ? 2 : 4}
                                maxRows={14}
                                key={form.key(`${field}.${lang}`)}
                                {...input}
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
              <Paper withBorder p="md">
                <Title order={2} size="h4" mb="sm">
                  {t('practices.form.placement')}
                </Title>
                <Stack gap="md">
                  <Select
                    label={t('practices.form.status')}
                    data={CONTENT_STATUSES.map((status) => ({ value: status, label: t(`status.${status}`) }))}
                    allowDeselect={false}
                    key={form.key('status')}
                    {...form.getInputProps('status')}
                  />
                  <MunicipalitySelect
                    label={t('practices.form.municipalities')}
                    placeholder={t('practices.form.municipalitiesPlaceholder')}
                    key={form.key('municipalityCodes')}
                    {...form.getInputProps('municipalityCodes')}
                  />
                  <ThemeSelect
                    label={t('practices.form.themes')}
                    placeholder={t('practices.form.themesPlaceholder')}
                    key={form.key('themes')}
                    {...form.getInputProps('themes')}
                  />
                  <Stack gap={6}>
                    <Text size="sm" fw={500}>
                      {t('practices.form.period')}
                    </Text>
                    <SimpleGrid cols={{ base: 1, sm: 2, lg: 1, xl: 2 }} spacing="sm">
                      <DateInput
                        label={t('practices.form.periodFrom')}
                        valueFormat="D MMMM YYYY"
                        clearable
                        key={form.key('period.from')}
                        {...form.getInputProps('period.from')}
                      />
                      <DateInput
                        label={t('practices.form.periodTo')}
                        valueFormat="D MMMM YYYY"
                        clearable
                        key={form.key('period.to')}
                        {...form.getInputProps('period.to')}
                      />
                    </SimpleGrid>
                    <Select
                      label={t('practices.form.precision')}
                      data={PERIOD_PRECISIONS.map((p) => ({ value: p, label: t(`precision.${p}`) }))}
                      allowDeselect={false}
                      key={form.key('period.precision')}
                      {...form.getInputProps('period.precision')}
                    />
                  </Stack>
                </Stack>
              </Paper>
            </Grid.Col>
          </Grid>
        </Stack>
      </form>
      {conflict.dialog}
    </DatesProvider>
  );
}
