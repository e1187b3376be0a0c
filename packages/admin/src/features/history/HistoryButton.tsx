import { Button } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../auth';

/** Opens a record's revision history (editors and admins), e.g. from the practice form's header. */
export function HistoryButton({ to }: { to: string }) {
  const { t } = useTranslation();
  const session = useSession();
  if (!session.can('trash:manage')) return null;
  return (
    <Button component={Link} to={to} variant="default" leftSection={<IconHistory size={16} />}>
      {t('history.open')}
    </Button>
  );
}
