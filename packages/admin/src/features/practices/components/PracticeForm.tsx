import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import { useMutation } from '@apollo/client/react';
import { Alert, Grid, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { DateInput, DatesProvider } from '@mantine/dates';
import { IconLanguage } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentStatus, PracticeEditFragment, UserRole } from '../../../gql/graphql';
import { RichTextInput } from '../../../shared/components/RichTextInput';
import { useLanguage } from '../../../i18n/useLanguage';
import { allowedStatuses, CONTENT_WORKFLOW } from '../../../shared/components/content-workflow';
import { IndicatorsInput } from '../../../shared/components/IndicatorsInput';
import { ContentFormHeader } from '../../../shared/forms/ContentFormHeader';
import { useSession } from '../../auth';
import { MunicipalitySelect } from '../../geography';
import { HistoryButton } from '../../history';
import { ConflictMerge, useContentForm } from '../../conflict';
import { practiceValuesFromInput } from '../practice-conflict';
import { usePracticeConflictFields } from '../usePracticeConflictFields';
import { TargetGroupSelect } from '../../taxonomy';
import { ServiceTypeSelect, ThemeSelect } from '../../taxonomy';
import { useTargetGroupOptions } from '../../taxonomy';
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
import { PracticeAdoptionsSection } from './PracticeAdoptionsSection';
import { PracticeDetailsSection } from './PracticeDetailsSection';
import { statusLabel } from '../../../shared/grammar';

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
 * The statuses the status field offers: those the record may be saved in (the saved one and
 * those the user's role may move it to, or, for a new practice, those it may start in; the
 * status actions do the same in one click), and the one chosen.
 */
function statusChoices(saved: ContentStatus | null, current: ContentStatus, roles: readonly UserRole[]) {
  const allowed = new Set(allowedStatuses(roles, saved));
  allowed.add(current);
  return CONTENT_WORKFLOW.filter((status) => allowed.has(status));
}

/**
 * Create or edit a practice: texts in Bulgarian and English side by side, indicators, then
 * status, place, themes, target groups and period, the innovator and contact, adoptions.
 * Status changes and scheduling are actions in the header. Server field errors land on their
 * fields; a stale version opens the merge.
 */
export function PracticeForm({ practice, english, initialValues }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { language } = useLanguage();
  const { user } = useSession();
  const roles = user?.roles ?? [];
  const targetGroups = useTargetGroupOptions();
  const [createPractice, created] = useMutation(CreatePracticeMutation);
  const [updatePractice, updated] = useMutation(UpdatePracticeMutation);
  const saving = created.loading || updated.loading;

  const { form, record, version, conflict, submit, changeStatus, schedule } = useContentForm({
    section: 'practices',
    list: '/practices',
    initialValues,
    check: validatePracticeForm,
    formPath: practiceFormPath,
    record: practice,
    roles,
    toInput: updatePracticeInput,
    fromInput: practiceValuesFromInput,
    create: async (values) =>
      (await createPractice({ variables: { input: createPracticeInput(values) } })).data?.createPractice,
    update: async (input) => (await updatePractice({ variables: { input } })).data?.updatePractice,
  });
  const known = useMemo(() => (record?.organization ? [record.organization] : []), [record]);
  const conflictFields = usePracticeConflictFields(conflict.dialog.session);

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <form onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Stack gap="md">
          <ContentFormHeader
            titleId={titleId}
            section="practices"
            record={record}
            version={version}
            dirty={form.isDirty()}
            saving={saving}
            roles={roles}
            onStatus={changeStatus}
            onSchedule={schedule}
            scheduleError={form.errors.publishAt}
            recordActions={record && <HistoryButton to={`/practices/${record.id}/history`} />}
          />

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
                              <RichTextInput
                                label={label}
                                lang={lang}
                                minRows={field === 'summary' ? 2 : 4}
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
              <Paper withBorder p="md" mt="md">
                <IndicatorsInput form={form} targetGroups={targetGroups.options} />
              </Paper>
            </Grid.Col>

            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="md">
                <Paper withBorder p="md">
                  <Title order={2} size="h4" mb="sm">
                    {t('practices.form.placement')}
                  </Title>
                  <Stack gap="md">
                    <Select
                      label={t('practices.form.status')}
                      data={statusChoices(record?.status ?? null, form.getValues().status, roles).map(
                        (status) => ({ value: status, label: statusLabel(t, status, 'Practice') }),
                      )}
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
                    <TargetGroupSelect
                      label={t('practices.form.targetGroups')}
                      placeholder={t('practices.form.targetGroupsPlaceholder')}
                      key={form.key('targetGroups')}
                      {...form.getInputProps('targetGroups')}
                    />
                    <ServiceTypeSelect
                      label={t('practices.form.serviceTypes')}
                      placeholder={t('practices.form.serviceTypesPlaceholder')}
                      key={form.key('serviceTypes')}
                      {...form.getInputProps('serviceTypes')}
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
                <PracticeDetailsSection form={form} known={known} />
                <PracticeAdoptionsSection form={form} />
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      </form>
      <ConflictMerge {...conflict.dialog} fields={conflictFields} />
    </DatesProvider>
  );
}
