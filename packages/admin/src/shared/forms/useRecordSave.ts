import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSaveErrorReporter } from '../hooks/useSaveErrorReporter';
import type { DeletableSection, FormSection } from './form-section';

/** Where a created record opens: its id, and what its page may show before it reads it. */
export interface CreatedRecord {
  id: string;
  state?: unknown;
}

interface Options<Values> {
  form: UseFormReturnType<Values>;
  /** Whose messages announce a save ("networks.saved", "networks.created", "networks.deleted"). */
  section: FormSection;
  /** The list: a created record opens at `${list}/${id}`, a deleted one goes back to it. */
  list: string;
  /** The form path of a server field error, or null when the form has no such field. */
  formPath: (serverPath: string) => string | null;
  /** Long forms: focus the first invalid field. */
  focus?: boolean;
  /**
   * Saves the edited record (absent when creating); may return the values the form now
   * starts from, when the server changed some.
   */
  update?: (values: Values) => Promise<Values | void>;
  /** Creates the record; null when the answer has none. */
  create: (values: Values) => Promise<CreatedRecord | null | undefined>;
  /** Moves the saved record to the trash. */
  remove?: () => Promise<unknown>;
  /** A failure reported elsewhere (a merge dialog for a stale version): true when so. */
  handled?: (error: unknown, values: Values) => boolean;
}

/**
 * Saving a record form: create (announce, then open the new record) or update (announce, the
 * form is clean again), moving it to the trash, and failures reported on the form.
 */
export function useRecordSave<Values>({
  form,
  section,
  list,
  formPath,
  focus,
  update,
  create,
  remove,
  handled,
}: Options<Values>) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reportError = useSaveErrorReporter(formPath, { focus });
  const reportSaveError = (error: unknown) => reportError(error, form.setErrors);
  const announce = (message: string) => notifications.show({ color: 'teal', message });

  /** Saves the form; `change` is a status or schedule action's, announced as such. */
  const save = async (values: Values, change?: { message: string }) => {
    try {
      if (update) {
        form.resetDirty((await update(values)) ?? values);
        announce(change?.message ?? t(`${section}.saved` as const));
      } else {
        const created = await create(values);
        announce(t(`${section}.created` as const));
        if (created) await navigate(`${list}/${created.id}`, { replace: true, state: created.state });
      }
    } catch (error) {
      if (!handled?.(error, values)) reportSaveError(error);
    }
  };

  return {
    save,
    submit: form.onSubmit((values) => save(values)),
    remove: async () => {
      if (!remove) return;
      try {
        await remove();
        // Only the trashable kinds pass `remove`.
        announce(t(`${section as DeletableSection}.deleted` as const));
        await navigate(list, { replace: true });
      } catch (error) {
        reportSaveError(error);
      }
    },
    reportSaveError,
  };
}
