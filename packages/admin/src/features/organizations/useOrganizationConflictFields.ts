import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictField } from '../conflict';
import { useReferenceFormatters } from '../conflict';
import { CONTACT_FIELDS } from './organization-form';
import { isOrganizationKind } from './organization-list-state';

/** The organization form's fields for the merge dialog, labelled as the form labels them. */
export function useOrganizationConflictFields(): ConflictField[] {
  const { t } = useTranslation();
  const format = useReferenceFormatters('Organization');
  return useMemo(() => {
    const contact = (value: unknown) => {
      const record = (value ?? {}) as Record<string, unknown>;
      return CONTACT_FIELDS.flatMap((field) =>
        typeof record[field] === 'string' && record[field]
          ? [`${t(`organizations.contact.${field}`)}: ${record[field] as string}`]
          : [],
      ).join('; ');
    };
    return [
      { field: 'name', label: t('organizations.form.name'), kind: 'text' },
      { field: 'description', label: t('organizations.form.description'), kind: 'longText' },
      {
        field: 'kind',
        label: t('organizations.form.kind'),
        kind: 'value',
        format: (value) =>
          typeof value === 'string' && isOrganizationKind(value) ? t(`organizations.kind.${value}`) : '',
      },
      {
        field: 'municipalityCode',
        label: t('organizations.form.municipality'),
        kind: 'value',
        format: (value) => format.municipalities(typeof value === 'string' ? [value] : []),
      },
      { field: 'contact', label: t('organizations.form.contact'), kind: 'value', format: contact },
    ];
  }, [t, format]);
}
