import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../components/ConfirmButton';
import type { DeletableSection } from './form-section';

interface Props {
  /** Whose "delete" messages the button and its dialog say. */
  section: DeletableSection;
  /** The record's name, in the dialog's text. */
  name: string;
  onConfirm: () => Promise<unknown>;
}

/** Moves a record to the trash after asking. */
export function DeleteRecordButton({ section, name, onConfirm }: Props) {
  const { t } = useTranslation();
  return (
    <ConfirmButton
      label={t(`${section}.delete.button` as const)}
      title={t(`${section}.delete.title` as const)}
      text={t(`${section}.delete.text` as const, { name })}
      confirmLabel={t(`${section}.delete.confirm` as const)}
      onConfirm={onConfirm}
    />
  );
}
