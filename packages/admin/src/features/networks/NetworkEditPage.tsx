import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorState, LoadingState } from '../../shared/components/QueryStates';
import { hasErrorCode } from '../../shared/errors';
import { usePageTitle } from '../../shared/hooks/usePageTitle';
import { NotFoundPage } from '../errors/NotFoundPage';
import { NetworkForm } from './components/NetworkForm';
import { emptyNetworkForm, networkFormValues } from './network-form';
import { PartnerNetworkForEditQuery } from './networks.graphql';

/** /networks/new and /networks/:id. */
export function NetworkEditPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  usePageTitle(id ? t('networks.editTitle') : t('networks.createTitle'));
  if (!id) return <NetworkForm initialValues={emptyNetworkForm()} />;
  return <EditExisting key={id} id={id} />;
}

/** Read in Bulgarian (with the version to send back) and in English; always fresh. */
function EditExisting({ id }: { id: string }) {
  const bg = useQuery(PartnerNetworkForEditQuery, {
    variables: { id, locale: 'BG' },
    fetchPolicy: 'network-only',
  });
  const en = useQuery(PartnerNetworkForEditQuery, {
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
    <NetworkForm
      network={bg.data.partnerNetwork}
      english={en.data.partnerNetwork}
      initialValues={networkFormValues(bg.data.partnerNetwork, en.data.partnerNetwork)}
    />
  );
}
