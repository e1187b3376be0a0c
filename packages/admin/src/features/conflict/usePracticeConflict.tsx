import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdatePracticeInput } from '../../gql/graphql';
import { type PracticeFormValues, updatePracticeInput } from '../practices/practice-form';
import { ConflictMerge } from './ConflictMerge';
import { practiceValuesFromInput } from './practice-conflict';
import { useConflictMerge } from './useConflictMerge';
import { usePracticeConflictFields } from './usePracticeConflictFields';

interface Options {
  form: UseFormReturnType<PracticeFormValues>;
  /** Sends an update; resolves with the version saved. */
  update: (input: UpdatePracticeInput) => Promise<number | null>;
  setVersion: (version: number) => void;
  /** How the form reports a failed save (field errors on their fields). */
  reportError: (error: unknown) => void;
}

/**
 * The merge flow for the practice form: `open` a CONFLICT with the input that was refused,
 * render `dialog`, and call `saved` after each successful save (what "changed by me" is
 * measured from). After "save merged" the form shows the merged values at the new version.
 */
export function usePracticeConflict({ form, update, setVersion, reportError }: Options) {
  const { t } = useTranslation();
  const base = useRef<PracticeFormValues | null>(null);
  base.current ??= form.getInitialValues();
  const conflict = useConflictMerge<UpdatePracticeInput>({
    save: async (merged) => {
      const version = await update(merged);
      const values = practiceValuesFromInput(merged, form.getValues());
      form.setValues(values);
      form.resetDirty(values);
      base.current = values;
      if (version !== null) setVersion(version);
      notifications.show({ color: 'teal', message: t('conflict.savedMerged') });
    },
    onFailed: (error, merged) => {
      // The merged values become the form's, at the version they were merged with.
      form.setValues(practiceValuesFromInput(merged, form.getValues()));
      setVersion(merged.version);
      reportError(error);
    },
  });

  const fields = usePracticeConflictFields(conflict.dialog.session);

  return {
    saved: (values: PracticeFormValues) => {
      base.current = values;
    },
    open: (error: unknown, input: UpdatePracticeInput): boolean =>
      conflict.open(
        error,
        input,
        base.current && updatePracticeInput(base.current, String(input.id), input.version),
      ),
    dialog: <ConflictMerge {...conflict.dialog} fields={fields} />,
  };
}
