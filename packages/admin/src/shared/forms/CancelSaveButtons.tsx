import { Button } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

interface Props {
  /** Where cancel goes: the list the form was opened from. */
  cancelTo: string;
  saving: boolean;
  /** The form's id, when the buttons sit outside it. */
  form?: string;
}

/** A form's cancel link and submit button, as every edit page shows them. */
export function CancelSaveButtons({ cancelTo, saving, form }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Button component={Link} to={cancelTo} variant="default">
        {t('common.cancel')}
      </Button>
      <Button type="submit" form={form} loading={saving} leftSection={<IconDeviceFloppy size={16} />}>
        {t('common.save')}
      </Button>
    </>
  );
}
