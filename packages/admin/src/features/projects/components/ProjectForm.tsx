import '@mantine/dates/styles.css';
import 'dayjs/locale/bg';
import { useMutation } from '@apollo/client/react';
import { Alert, Grid, Stack } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconLanguage } from '@tabler/icons-react';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { ContentStatus, ProjectEditFragment, UpdateProjectInput } from '../../../gql/graphql';
import { useLanguage } from '../../../i18n/useLanguage';
import { conflictVersion, errorMessageKey, hasErrorCode, mapServerErrors } from '../../../shared/errors';
import { ConflictMerge } from '../../conflict/ConflictMerge';
import { useConflictMerge } from '../../conflict/useConflictMerge';
import { useSession } from '../../auth/useSession';
import {
  createProjectInput,
  knownOrganizations,
  type ProjectFormValues,
  projectValuesFromInput,
  updateProjectInput,
} from '../project-form';
import { projectFormPath, validateProjectForm } from '../project-form-checks';
import { initialStatuses, nextStatuses } from '../project-status';
import { CreateProjectMutation, UpdateProjectMutation } from '../projects.graphql';
import { useProjectConflictFields } from '../useProjectConflictFields';
import { ProjectFormHeader } from './ProjectFormHeader';
import { ProjectFundingSection, ProjectPartnersSection } from './ProjectFundingSection';
import { ProjectListsSection } from './ProjectListsSection';
import { ProjectPlacementSection } from './ProjectPlacementSection';
import { ProjectTextsSection } from './ProjectTextsSection';

/** Moves focus (and the view) to the first field marked invalid, once it is rendered. */
function focusFirstError() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());
}

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
  const { language } = useLanguage();
  const { user } = useSession();
  const navigate = useNavigate();
  const roles = user?.roles ?? [];
  const [record, setRecord] = useState(project ?? null);
  const [version, setVersion] = useState(project?.version ?? 0);
  /** The values last read or saved: what "changed by me" is measured from in a conflict. */
  const base = useRef(initialValues);
  const known = useMemo(() => (record ? knownOrganizations(record) : []), [record]);
  const [createProject, created] = useMutation(CreateProjectMutation);
  const [updateProject, updated] = useMutation(UpdateProjectMutation);
  const saving = created.loading || updated.loading;

  const form = useForm<ProjectFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (values) =>
      Object.fromEntries(Object.entries(validateProjectForm(values)).map(([path, key]) => [path, t(key)])),
  });

  /** Saved: the form starts over from what the server now holds. */
  const afterSave = (saved: ProjectEditFragment, values: ProjectFormValues) => {
    setRecord(saved);
    setVersion(saved.version);
    const next = { ...values, status: saved.status };
    form.setValues(next);
    form.resetDirty(next);
    base.current = next;
  };

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
        const formPath = projectFormPath(path);
        if (formPath) onForm[formPath] = onForm[formPath] ? `${onForm[formPath]}; ${message}` : message;
        else elsewhere.push(`${path}: ${message}`);
      }
      form.setErrors(onForm);
      focusFirstError();
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

  const conflict = useConflictMerge<UpdateProjectInput>({
    save: async (merged) => {
      const { data } = await updateProject({ variables: { input: merged } });
      if (data) afterSave(data.updateProject, projectValuesFromInput(merged, form.getValues()));
      notifications.show({ color: 'teal', message: t('conflict.savedMerged') });
    },
    onFailed: (error, merged) => {
      // The merged values become the form's, at the version they were merged with.
      form.setValues(projectValuesFromInput(merged, form.getValues()));
      setVersion(merged.version);
      reportSaveError(error);
    },
  });
  const conflictFields = useProjectConflictFields(conflict.dialog.session);

  const save = async (values: ProjectFormValues, status?: ContentStatus) => {
    const withStatus = status ? { ...values, status } : values;
    if (!project) {
      try {
        const { data } = await createProject({ variables: { input: createProjectInput(withStatus) } });
        notifications.show({ color: 'teal', message: t('projects.created') });
        if (data) await navigate(`/projects/${data.createProject.id}`, { replace: true });
      } catch (error) {
        reportSaveError(error);
      }
      return;
    }
    const input = updateProjectInput(withStatus, project.id, version);
    try {
      const { data } = await updateProject({ variables: { input } });
      if (data) afterSave(data.updateProject, values);
      notifications.show({
        color: 'teal',
        message: status
          ? t('projects.statusChanged', { status: t(`status.${status}`) })
          : t('projects.saved'),
      });
    } catch (error) {
      const start = updateProjectInput(base.current, project.id, version);
      if (!conflict.open(error, input, start)) reportSaveError(error);
    }
  };

  // Errors may sit far down a long form: say so where everyone sees it, and go to the first.
  const notifyInvalid = () => {
    notifications.show({ color: 'red', message: t('errors.validation') });
    focusFirstError();
  };
  const submit = form.onSubmit((values) => save(values), notifyInvalid);
  const changeStatus = (status: ContentStatus) => {
    if (form.validate().hasErrors) notifyInvalid();
    else void save(form.getValues(), status);
  };

  return (
    <DatesProvider settings={{ locale: language, firstDayOfWeek: 1 }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ProjectFormHeader
            record={record}
            version={version}
            dirty={form.isDirty()}
            saving={saving || conflict.dialog.saving}
            actions={record ? nextStatuses(record.status, roles) : []}
            onStatus={changeStatus}
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
