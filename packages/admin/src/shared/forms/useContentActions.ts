import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ContentStatus, UserRole } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { statusChange } from '../components/content-workflow';
import { focusFirstError } from '../components/focus-first-error';
import { formatDateTime } from '../format';
import { SECTION_RECORD, statusChangedMessage } from '../grammar';
import type { ContentValues } from './useContentRecord';

interface Options<Values extends ContentValues> {
  form: UseFormReturnType<Values>;
  /** Whose messages announce a status change. */
  section: 'practices' | 'projects';
  /** The saved status, kept while a schedule waits; null when creating. */
  savedStatus: ContentStatus | null;
  roles: readonly UserRole[];
  /** Saves the form; `change` is a status or schedule action's, announced as such. */
  save: (values: Values, change?: { message: string }) => Promise<void>;
}

/**
 * The submit handler and the header's status and schedule actions of a content form. An
 * action saves the whole form with it, so it is validated first.
 */
export function useContentActions<Values extends ContentValues>({
  form,
  section,
  savedStatus,
  roles,
  save,
}: Options<Values>) {
  const { t } = useTranslation();
  const { language } = useLanguage();

  // Errors may sit far down a long form: say so where everyone sees it, and go to the first.
  const notifyInvalid = () => {
    notifications.show({ color: 'red', message: t('errors.validation') });
    focusFirstError();
  };
  const act = (change: Partial<ContentValues>, message: string) => {
    if (form.validate().hasErrors) notifyInvalid();
    else void save({ ...form.getValues(), ...change }, { message });
  };

  return {
    submit: form.onSubmit((values) => save(values), notifyInvalid),
    changeStatus: (status: ContentStatus) =>
      act(
        statusChange(status, roles),
        statusChangedMessage(t, status, SECTION_RECORD[section], t(`${section}.subject`)),
      ),
    // Scheduling keeps the saved status until the server's scheduler publishes.
    schedule: (publishAt: string | null) =>
      act(
        publishAt && savedStatus ? { publishAt, status: savedStatus } : { publishAt },
        publishAt
          ? t('schedule.scheduled', { at: formatDateTime(publishAt, language) })
          : t('schedule.cancelled'),
      ),
  };
}
