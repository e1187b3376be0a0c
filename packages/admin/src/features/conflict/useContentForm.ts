import type { ParseKeys } from 'i18next';
import type { UserRole } from '../../gql/graphql';
import type { CreatedRecord } from '../../shared/forms/useRecordSave';
import { useContentActions } from '../../shared/forms/useContentActions';
import { type ContentValues, type SavedContent, useContentRecord } from '../../shared/forms/useContentRecord';
import { useRecordForm } from '../../shared/forms/useRecordForm';
import type { InputRecord } from './conflict-merge';
import { useMergingSave } from './useMergingSave';

interface Options<Values extends ContentValues, Input, Saved> {
  section: 'practices' | 'projects';
  list: string;
  initialValues: Values;
  check: (values: Values) => Partial<Record<string, ParseKeys>>;
  formPath: (serverPath: string) => string | null;
  /** The record as read; absent when creating. */
  record: Saved | undefined;
  roles: readonly UserRole[];
  toInput: (values: Values, id: string, version: number) => Input;
  fromInput: (input: Input, current: Values) => Values;
  create: (values: Values) => Promise<CreatedRecord | null | undefined>;
  update: (input: Input) => Promise<Saved | null | undefined>;
}

/**
 * A publishable record's edit form (practice, project): the form, the record as last saved and
 * its version, saving with the merge dialog for a stale version, and the status and schedule
 * actions of the header. Render `<ConflictMerge {...conflict.dialog} />` beside the form.
 */
export function useContentForm<
  Values extends ContentValues,
  Input extends InputRecord & { version: number },
  Saved extends SavedContent & { id: string },
>(options: Options<Values, Input, Saved>) {
  const form = useRecordForm<Values>(options.initialValues, options.check);
  const { record, setRecord, version, setVersion, afterSave } = useContentRecord(form, options.record);
  const { save, conflict } = useMergingSave({
    form,
    section: options.section,
    list: options.list,
    formPath: options.formPath,
    focus: true,
    recordId: options.record?.id,
    version,
    setVersion,
    toInput: options.toInput,
    fromInput: options.fromInput,
    create: options.create,
    update: options.update,
    afterSave,
    onMerged: setRecord,
  });
  const actions = useContentActions({
    form,
    section: options.section,
    savedStatus: record?.status ?? null,
    roles: options.roles,
    save,
  });
  return { form, record, version, conflict, ...actions };
}
