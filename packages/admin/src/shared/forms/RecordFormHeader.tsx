import { Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { CancelSaveButtons } from './CancelSaveButtons';
import { FormTitle, type TitledRecord, UnsavedNote } from './FormTitle';
import type { FormSection } from './form-section';

interface Props {
  /** Whose messages the header shows ("networks.title", "networks.form.version"…). */
  section: FormSection;
  /** The list the back link and cancel go to. */
  list: string;
  /** The saved record; absent when creating. */
  record?: TitledRecord | null;
  version: number;
  badge?: ReactNode;
  dirty: boolean;
  saving: boolean;
  /** Without the right to edit, no buttons. */
  editable?: boolean;
  /** More buttons before cancel (e.g. delete). */
  actions?: ReactNode;
  /** The form's id, when the header sits outside it. */
  formId?: string;
  /** The title's id, which names the form. */
  titleId?: string;
}

/** The header of a record form without a publishing workflow: title block, then the buttons. */
export function RecordFormHeader({
  section,
  list,
  record,
  version,
  badge,
  dirty,
  saving,
  editable = true,
  actions,
  formId,
  titleId,
}: Props) {
  return (
    <Group justify="space-between" align="flex-start" wrap="wrap">
      <FormTitle
        section={section}
        list={list}
        record={record}
        version={version}
        badge={badge}
        titleId={titleId}
      />
      {editable && (
        <Group gap="xs">
          <UnsavedNote section={section} dirty={dirty} />
          {actions}
          <CancelSaveButtons cancelTo={list} saving={saving} form={formId} />
        </Group>
      )}
    </Group>
  );
}
