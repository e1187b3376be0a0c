import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { hasErrorCode } from '../../shared/errors';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import { ProjectForm } from './components/ProjectForm';
import { emptyProjectForm, projectFormValues } from './project-form';
import { ProjectForEditQuery } from './projects.graphql';

/** /projects/new and /projects/:id. */
export function ProjectEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  usePageTitle(id ? t('projects.editTitle') : t('projects.createTitle'));
  if (!id) return <ProjectForm initialValues={emptyProjectForm()} />;
  return <EditExisting key={id} id={id} />;
}

/**
 * One request serves one language, so the project is read twice: in Bulgarian (the source,
 * with the version to send back) and in English. Always fresh: an edit starts from the current version.
 */
function EditExisting({ id }: { id: string }) {
  const bg = useQuery(ProjectForEditQuery, { variables: { id, locale: 'BG' }, fetchPolicy: 'network-only' });
  const en = useQuery(ProjectForEditQuery, { variables: { id, locale: 'EN' }, fetchPolicy: 'network-only' });
  const error = bg.error ?? en.error;
  if (error && hasErrorCode(error, 'NOT_FOUND')) return <NotFoundPage />;
  if (error) {
    return (
      <ErrorState
        error={error}
        onRetry={() => {
          void bg.refetch().catch(() => undefined);
          void en.refetch().catch(() => undefined);
        }}
      />
    );
  }
  if (!bg.data || !en.data) return <LoadingState />;
  return (
    <ProjectForm
      project={bg.data.project}
      english={en.data.project}
      initialValues={projectFormValues(bg.data.project, en.data.project)}
    />
  );
}
