import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLockOpen } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { errorMessageKey, hasErrorCode } from '../../../shared/errors';
import { UnblockSenderMutation } from '../moderation.graphql';

/** Undoes "block the sender" for a nomination filed as spam by mistake; harmless to repeat. */
export function UnblockSenderButton({ email }: { email: string }) {
  const { t } = useTranslation();
  const [unblock, { loading }] = useMutation(UnblockSenderMutation);

  const run = async () => {
    try {
      const { data } = await unblock({ variables: { email } });
      notifications.show({
        color: 'teal',
        message: data?.unblockSender ? t('moderation.unblocked') : t('moderation.notBlocked'),
      });
    } catch (error) {
      if (!hasErrorCode(error, 'UNAUTHENTICATED')) {
        notifications.show({ color: 'red', title: t('errors.title'), message: t(errorMessageKey(error)) });
      }
    }
  };

  return (
    <Button
      variant="subtle"
      size="compact-xs"
      mt={4}
      leftSection={<IconLockOpen size={12} />}
      loading={loading}
      onClick={() => void run()}
    >
      {t('moderation.unblockSender')}
    </Button>
  );
}
