import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { hasErrorCode } from '../../shared/errors';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { ForbiddenPage } from '../errors/ForbiddenPage';
import { NotFoundPage } from '../errors/NotFoundPage';
import { ProgrammeForm } from './components/ProgrammeForm';
import { emptyProgrammeForm, programmeFormValues } from './programme-form';
import { VolunteerProgrammeForEditQuery } from './programmes.graphql';
import { useProgrammeScope } from './useProgrammeScope';

/** /volunteer-programmes/new (editors, admins) and /volunteer-programmes/:id. */
export function ProgrammeEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const scope = useProgrammeScope();
  usePageTitle(id ? t('programmes.editTitle') : t('programmes.createTitle'));
  if (!id) {
    if (scope.loading) return <LoadingState />;
    if (!scope.canCreate) return <ForbiddenPage />;
    return <ProgrammeForm initialValues={emptyProgrammeForm()} scope={scope} />;
  }
  return <EditExisting key={id} id={id} scope={scope} />;
}

/** Read in Bulgarian (with the version to send back) and in English; always fresh. */
function EditExisting({ id, scope }: { id: string; scope: ReturnType<typeof useProgrammeScope> }) {
  const bg = useQuery(VolunteerProgrammeForEditQuery, {
    variables: { id, locale: 'BG' },
    fetchPolicy: 'network-only',
  });
  const en = useQuery(VolunteerProgrammeForEditQuery, {
    variables: { id, locale: 'EN' },
    fetchPolicy: 'network-only',
  });
  const error = bg.error ?? en.error ?? scope.error;
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
  if (!bg.data || !en.data || scope.loading) return <LoadingState />;
  return (
    <ProgrammeForm
      programme={bg.data.volunteerProgramme}
      english={en.data.volunteerProgramme}
      initialValues={programmeFormValues(bg.data.volunteerProgramme, en.data.volunteerProgramme)}
      scope={scope}
    />
  );
}
