import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { focusFirstError } from '../components/focus-first-error';
import { conflictVersion, errorMessageKey, hasErrorCode } from '../errors';
import { splitServerErrors } from '../forms/form-errors';

/**
 * Reports a failed save: field errors on their fields (the rest in a notification), a stale
 * version as a conflict, anything else in words. An expired session is reported by the client.
 * Long forms pass `focus`: their invalid fields may be out of view, so focus goes to the first.
 */
export function useSaveErrorReporter(
  formPath: (serverPath: string) => string | null,
  { focus = false }: { focus?: boolean } = {},
) {
  const { t } = useTranslation();
  return (error: unknown, setErrors: (errors: Record<string, string>) => void) => {
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
    const { onForm, elsewhere } = splitServerErrors(error, formPath);
    if (Object.keys(onForm).length || elsewhere.length) {
      setErrors(onForm);
      if (focus) focusFirstError();
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
}
