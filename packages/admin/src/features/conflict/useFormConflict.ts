import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { InputRecord } from './conflict-merge';
import { useConflictMerge } from './useConflictMerge';

interface Options<Values, Input> {
  form: UseFormReturnType<Values>;
  /** The update input for form values at a version (the record's id is the caller's). */
  toInput: (values: Values, version: number) => Input;
  /** Form values from a merged input, keeping what the input does not hold. */
  fromInput: (input: Input, current: Values) => Values;
  /** Sends the merged input; resolves with the version saved (null when no answer came). */
  update: (input: Input) => Promise<number | null>;
  setVersion: (version: number) => void;
  /** How the form reports a failed save (field errors on their fields). */
  reportError: (error: unknown) => void;
}

/**
 * The merge flow of an edit form: `open` a CONFLICT with the values that were refused, render
 * `<ConflictMerge {...dialog} />`, and call `saved` after each successful save: what "changed by
 * me" is measured from. After "save merged" the form shows the merged values at the new version;
 * a merged save refused for another reason leaves them in the form with the errors on it.
 */
export function useFormConflict<Values, Input extends InputRecord & { version: number }>({
  form,
  toInput,
  fromInput,
  update,
  setVersion,
  reportError,
}: Options<Values, Input>) {
  const { t } = useTranslation();
  const base = useRef<Values | null>(null);
  base.current ??= form.getInitialValues();
  const conflict = useConflictMerge<Input>({
    save: async (merged) => {
      const version = await update(merged);
      const values = fromInput(merged, form.getValues());
      form.setValues(values);
      form.resetDirty(values);
      base.current = values;
      if (version !== null) setVersion(version);
      notifications.show({ color: 'teal', message: t('conflict.savedMerged') });
    },
    onFailed: (error, merged) => {
      form.setValues(fromInput(merged, form.getValues()));
      setVersion(merged.version);
      reportError(error);
    },
  });

  return {
    saved: (values: Values) => {
      base.current = values;
    },
    open: (error: unknown, values: Values, version: number): boolean =>
      conflict.open(error, toInput(values, version), base.current && toInput(base.current, version)),
    dialog: conflict.dialog,
  };
}
