import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { hasErrorCode } from '../../shared/errors';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import { OrganizationForm } from './components/OrganizationForm';
import { emptyOrganizationForm, organizationFormValues } from './organization-form';
import { OrganizationForEditQuery } from './organizations.graphql';

/** /organizations/new and /organizations/:id. */
export function OrganizationEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  usePageTitle(id ? t('organizations.editTitle') : t('organizations.createTitle'));
  if (!id) return <OrganizationForm initialValues={emptyOrganizationForm()} />;
  return <EditExisting key={id} id={id} />;
}

/** Read twice, Bulgarian (with the version) and English, always fresh from the server. */
function EditExisting({ id }: { id: string }) {
  const bg = useQuery(OrganizationForEditQuery, {
    variables: { id, locale: 'BG' },
    fetchPolicy: 'network-only',
  });
  const en = useQuery(OrganizationForEditQuery, {
    variables: { id, locale: 'EN' },
    fetchPolicy: 'network-only',
  });
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
    <OrganizationForm
      organization={bg.data.organization}
      english={en.data.organization}
      initialValues={organizationFormValues(bg.data.organization, en.data.organization)}
    />
  );
}
