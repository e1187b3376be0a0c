import type { UseFormReturnType } from '@mantine/form';
import type { FormSection } from '../../shared/forms/form-section';
import { type CreatedRecord, useRecordSave } from '../../shared/forms/useRecordSave';
import type { InputRecord } from './conflict-merge';
import { useFormConflict } from './useFormConflict';

interface Options<Values, Input, Saved> {
  form: UseFormReturnType<Values>;
  section: FormSection;
  list: string;
  formPath: (serverPath: string) => string | null;
  focus?: boolean;
  /** The edited record's id; absent when creating. */
  recordId: string | undefined;
  version: number;
  setVersion: (version: number) => void;
  /** The update input for form values at a version. */
  toInput: (values: Values, id: string, version: number) => Input;
  /** Form values from a (merged) update input, keeping what the input does not hold. */
  fromInput: (input: Input, current: Values) => Values;
  create: (values: Values) => Promise<CreatedRecord | null | undefined>;
  /** Sends an update; the saved record, or nothing when the answer had none. */
  update: (input: Input) => Promise<Saved | null | undefined>;
  /** What the form starts from after a save (content forms take the server's status); default: as typed. */
  afterSave?: (saved: Saved, values: Values) => Values;
  /** After a merged save, e.g. to keep the saved record. */
  onMerged?: (saved: Saved) => void;
}

/**
 * Saving an edit form whose stale version opens the merge dialog instead of failing: the
 * record-save flow (create, update, announce) and the merge flow wired together, with what
 * "changed by me" is measured from moved on after every save. Render
 * `<ConflictMerge {...conflict.dialog} />` beside the form.
 */
export function useMergingSave<
  Values,
  Input extends InputRecord & { version: number },
  Saved extends { version: number },
>(options: Options<Values, Input, Saved>) {
  const { form, recordId, version, setVersion, toInput, update } = options;
  const afterSave =
    options.afterSave ??
    ((saved: Saved, values: Values) => {
      setVersion(saved.version);
      return values;
    });

  const { save, submit, reportSaveError } = useRecordSave<Values>({
    form,
    section: options.section,
    list: options.list,
    formPath: options.formPath,
    focus: options.focus,
    update: recordId
      ? async (values) => {
          const saved = await update(toInput(values, recordId, version));
          if (!saved) return;
          const next = afterSave(saved, values);
          conflict.saved(next);
          return next;
        }
      : undefined,
    create: options.create,
    // A stale version opens the merge dialog: the other person's values beside these, nothing lost.
    handled: (error, values): boolean => Boolean(recordId) && conflict.open(error, values, version),
  });

  const conflict = useFormConflict({
    form,
    toInput: (values: Values, at: number) => toInput(values, recordId ?? '', at),
    fromInput: options.fromInput,
    update: async (input: Input) => {
      const saved = await update(input);
      if (saved) options.onMerged?.(saved);
      return saved?.version ?? null;
    },
    setVersion,
    reportError: reportSaveError,
  });

  return { save, submit, reportSaveError, conflict };
}
