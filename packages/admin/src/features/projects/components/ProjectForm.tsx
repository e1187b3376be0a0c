import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import { useMutation } from '@apollo/client/react';
import { Alert, Grid, Paper, Stack } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { IconLanguage } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectEditFragment } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { IndicatorsInput } from '../../../shared/components/IndicatorsInput';
import { ContentFormHeader } from '../../../shared/forms/ContentFormHeader';
import { ConflictMerge, useContentForm } from '../../conflict';
import { useSession } from '../../auth';
import { useTargetGroupOptions } from '../../taxonomy';
import {
  createProjectInput,
  knownOrganizations,
  type ProjectFormValues,
  projectValuesFromInput,
  updateProjectInput,
} from '../project-form';
import { projectFormPath, validateProjectForm } from '../project-form-checks';
import { initialStatuses } from '../project-status';
import { CreateProjectMutation, UpdateProjectMutation } from '../projects.graphql';
import { useProjectConflictFields } from '../useProjectConflictFields';
import { ProjectDocumentsSection } from './ProjectDocumentsSection';
import { ProjectFundingSection, ProjectPartnersSection } from './ProjectFundingSection';
import { ProjectListsSection } from './ProjectListsSection';
import { ProjectPlacementSection } from './ProjectPlacementSection';
import { ProjectTextsSection } from './ProjectTextsSection';
import { HistoryButton } from '../../history';

interface Props {
  /** The project as read in Bulgarian; absent when creating. */
  project?: ProjectEditFragment;
  /** The same project read in English, for its translation status. */
  english?: ProjectEditFragment;
  initialValues: ProjectFormValues;
}

/**
 * Create or edit a project: texts in both languages, ordered objectives, programmes, activities
 * and results, budget and organizations, place and period, status actions. Server field errors
 * land on their fields; a stale version opens the merge dialog, so nothing typed is lost.
 */
export function ProjectForm({ project, english, initialValues }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const { language } = useLanguage();
  const { user } = useSession();
  const roles = user?.roles ?? [];
  const targetGroups = useTargetGroupOptions();
  const [createProject, created] = useMutation(CreateProjectMutation);
  const [updateProject, updated] = useMutation(UpdateProjectMutation);
  const saving = created.loading || updated.loading;

  const { form, record, version, conflict, submit, changeStatus, schedule } = useContentForm({
    section: 'projects',
    list: '/projects',
    initialValues,
    check: validateProjectForm,
    formPath: projectFormPath,
    record: project,
    roles,
    toInput: updateProjectInput,
    fromInput: projectValuesFromInput,
    create: async (values) =>
      (await createProject({ variables: { input: createProjectInput(values) } })).data?.createProject,
    update: async (input) => (await updateProject({ variables: { input } })).data?.updateProject,
  });
  const known = useMemo(() => (record ? knownOrganizations(record) : []), [record]);
  const conflictFields = useProjectConflictFields(conflict.dialog.session);

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <form onSubmit={submit} noValidate aria-labelledby={titleId}>
        <Stack gap="md">
          <ContentFormHeader
            titleId={titleId}
            section="projects"
            record={record}
            version={version}
            dirty={form.isDirty()}
            saving={saving || conflict.dialog.saving}
            roles={roles}
            onStatus={changeStatus}
            onSchedule={schedule}
            scheduleError={form.errors.publishAt}
            recordActions={record && <HistoryButton to={`/projects/${record.id}/history`} />}
          />

          {english?.localization.stale && (
            <Alert color="yellow" icon={<IconLanguage />}>
              {t('projects.staleEnglish')}
            </Alert>
          )}

          <Grid gutter="md">
            <Grid.Col span={{ base: 12, lg: 8 }}>
              <Stack gap="md">
                <ProjectTextsSection form={form} />
                <ProjectListsSection form={form} />
                <Paper withBorder p="md">
                  <IndicatorsInput form={form} targetGroups={targetGroups.options} />
                </Paper>
                <ProjectDocumentsSection form={form} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 4 }}>
              <Stack gap="md">
                <ProjectPlacementSection
                  form={form}
                  initialStatuses={project ? undefined : initialStatuses(roles)}
                />
                <ProjectFundingSection form={form} known={known} />
                <ProjectPartnersSection form={form} known={known} />
              </Stack>
            </Grid.Col>
          </Grid>
        </Stack>
      </form>
      <ConflictMerge {...conflict.dialog} fields={conflictFields} />
    </DatesProvider>
  );
}
