import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryField } from '../../shared/section';

/**
 * A revision field's name as people read it (`history.fields.<field>`); a field without a label
 * (one a newer server records, say) shows as it is called.
 */
export function useFieldLabel(): (field: string) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (field: string) =>
      i18n.exists(`history.fields.${field}`) ? t(`history.fields.${field as HistoryField}`) : field,
    [t, i18n],
  );
}
