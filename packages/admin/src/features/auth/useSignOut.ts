import { useApolloClient, useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { forgetLanguageChoice } from '../../i18n';
import { LogoutMutation, MeQuery } from './auth.graphql';

/** Ends the session on the server, forgets every cached record, and goes to the sign-in page. */
export function useSignOut(): () => Promise<void> {
  const client = useApolloClient();
  const navigate = useNavigate();
  const { t } = useTranslation();
  const [logout] = useMutation(LogoutMutation);
  return async () => {
    try {
      await logout();
    } catch {
      // Already signed out (expired or revoked session): nothing left to end.
    }
    await client.clearStore();
    forgetLanguageChoice();
    client.cache.writeQuery({ query: MeQuery, data: { me: null } });
    notifications.show({ message: t('auth.signedOut') });
    await navigate('/sign-in', { replace: true });
  };
}
