import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictField } from './ConflictValue';
import { useReferenceFormatters } from './useReferenceFormatters';

/** The practice form's fields for the merge dialog, labelled as the form labels them. */
export function usePracticeConflictFields(): ConflictField[] {
  const { t } = useTranslation();
  const format = useReferenceFormatters();
  return useMemo(
    () => [
      { field: 'title', label: t('practices.form.titleField'), kind: 'text' },
      { field: 'summary', label: t('practices.form.summary'), kind: 'longText' },
      { field: 'background', label: t('practices.form.background'), kind: 'longText' },
      { field: 'practice', label: t('practices.form.practice'), kind: 'longText' },
      { field: 'results', label: t('practices.form.results'), kind: 'longText' },
      { field: 'status', label: t('practices.form.status'), kind: 'value', format: format.status },
      {
        field: 'municipalityCodes',
        label: t('practices.form.municipalities'),
        kind: 'value',
        format: format.municipalities,
      },
      { field: 'themes', label: t('practices.form.themes'), kind: 'value', format: format.themes },
      { field: 'period', label: t('practices.form.period'), kind: 'value', format: format.period },
    ],
    [t, format],
  );
}
