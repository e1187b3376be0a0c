import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { hasErrorCode } from '../../shared/errors';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import { PracticeForm } from './components/PracticeForm';
import { emptyPracticeForm, practiceFormValues } from './practice-form';
import { PracticeForEditQuery } from './practices.graphql';

/** /practices/new and /practices/:id. */
export function PracticeEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  usePageTitle(id ? t('practices.editTitle') : t('practices.createTitle'));
  if (!id) return <PracticeForm initialValues={emptyPracticeForm()} />;
  return <EditExisting key={id} id={id} />;
}

/**
 * One request serves one language, so the practice is read twice: in Bulgarian (the source,
 * with the version to send back) and in English. Always fresh from the server: an edit must
 * start from the current version.
 */
function EditExisting({ id }: { id: string }) {
  const bg = useQuery(PracticeForEditQuery, { variables: { id, locale: 'BG' }, fetchPolicy: 'network-only' });
  const en = useQuery(PracticeForEditQuery, { variables: { id, locale: 'EN' }, fetchPolicy: 'network-only' });
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
    <PracticeForm
      practice={bg.data.practice}
      english={en.data.practice}
      initialValues={practiceFormValues(bg.data.practice, en.data.practice)}
    />
  );
}
