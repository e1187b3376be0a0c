import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { textFromInput } from '../../shared/components/bilingual-text';
import { useOrganizationNames } from '../organizations';
import type { ConflictField } from '../conflict';
import type { ConflictSession } from '../conflict';
import { useReferenceFormatters } from '../conflict';

const organizationId = (input: Record<string, unknown> | undefined) =>
  typeof input?.organizationId === 'string' ? [input.organizationId] : [];

/** The practice form's fields for the merge dialog, labelled as the form labels them. */
export function usePracticeConflictFields(session: ConflictSession | null): ConflictField[] {
  const { t } = useTranslation();
  const format = useReferenceFormatters('Practice');
  const ids = useMemo(
    () => [...organizationId(session?.mine), ...organizationId(session?.theirs)],
    [session],
  );
  const orgNames = useOrganizationNames(ids, !session);
  return useMemo(() => {
    const orgName = (value: unknown) => (typeof value === 'string' ? (orgNames.get(value) ?? value) : '');
    const adoptions = (value: unknown) =>
      (Array.isArray(value) ? (value as Record<string, unknown>[]) : [])
        .map((a, i) => {
          const place =
            typeof a?.municipalityCode === 'string' ? format.municipality(a.municipalityCode) : '';
          const note = textFromInput(a?.note).bg.trim();
          return `${i + 1}. ${place} (${String(a?.year ?? '')})${note ? `: ${note}` : ''}`;
        })
        .join('; ');
    return [
      { field: 'title', label: t('practices.form.titleField'), kind: 'text' },
      { field: 'summary', label: t('practices.form.summary'), kind: 'longText' },
      { field: 'background', label: t('practices.form.background'), kind: 'longText' },
      { field: 'practice', label: t('practices.form.practice'), kind: 'longText' },
      { field: 'results', label: t('practices.form.results'), kind: 'longText' },
      { field: 'indicators', label: t('indicators.title'), kind: 'value', format: format.indicators },
      { field: 'status', label: t('practices.form.status'), kind: 'value', format: format.status },
      { field: 'publishAt', label: t('schedule.field'), kind: 'value', format: format.dateTime },
      {
        field: 'municipalityCodes',
        label: t('practices.form.municipalities'),
        kind: 'value',
        format: format.municipalities,
      },
      { field: 'themes', label: t('practices.form.themes'), kind: 'value', format: format.themes },
      {
        field: 'targetGroups',
        label: t('practices.form.targetGroups'),
        kind: 'value',
        format: format.targetGroups,
      },
      {
        field: 'serviceTypes',
        label: t('practices.form.serviceTypes'),
        kind: 'value',
        format: format.serviceTypes,
      },
      { field: 'period', label: t('practices.form.period'), kind: 'value', format: format.period },
      { field: 'organizationId', label: t('practices.form.organization'), kind: 'value', format: orgName },
      { field: 'innovator', label: t('practices.form.innovator'), kind: 'value' },
      { field: 'contact', label: t('contact.title'), kind: 'value', format: format.contact },
      { field: 'adoptions', label: t('adoptions.title'), kind: 'value', format: adoptions },
    ];
  }, [t, format, orgNames]);
}
