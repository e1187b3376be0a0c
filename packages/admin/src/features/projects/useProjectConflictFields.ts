import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictField } from '../conflict';
import type { ConflictSession } from '../conflict';
import { useReferenceFormatters } from '../conflict';
import { useOrganizationNames } from '../organizations';
import { textFromInput } from '../../shared/components/bilingual-text';
import { TEXT_LABEL } from './components/ProjectTextsSection';

/** Organization ids an input names: funder, lead organization, partners. */
function organizationIds(input: Record<string, unknown> | undefined): string[] {
  if (!input) return [];
  const partners = Array.isArray(input.partners) ? (input.partners as { organizationId?: unknown }[]) : [];
  return [input.funderId, input.leadOrganizationId, ...partners.map((p) => p?.organizationId)].filter(
    (id): id is string => typeof id === 'string' && id !== '',
  );
}

/** The project form's fields for the merge dialog, with organizations (and, through the formatters, places and groups) by name. */
export function useProjectConflictFields(session: ConflictSession | null): ConflictField[] {
  const { t } = useTranslation();
  const format = useReferenceFormatters('Project');
  const ids = useMemo(
    () => [...organizationIds(session?.mine), ...organizationIds(session?.theirs)],
    [session],
  );
  const orgNames = useOrganizationNames(ids, !session);

  return useMemo(() => {
    const orgName = (value: unknown) => (typeof value === 'string' ? (orgNames.get(value) ?? value) : '');
    const partners = (value: unknown) =>
      (Array.isArray(value) ? (value as { organizationId?: unknown; role?: unknown }[]) : [])
        .map((p, i) => {
          const role = typeof p?.role === 'string' ? t(`projects.partnerRole.${p.role as 'PARTNER'}`) : '';
          return `${i + 1}. ${orgName(p?.organizationId)}${role ? ` (${role})` : ''}`;
        })
        .join('; ');
    const documents = (value: unknown) =>
      (Array.isArray(value) ? (value as { title?: unknown; url?: unknown }[]) : [])
        .map((d, i) => `${i + 1}. ${textFromInput(d?.title).bg} — ${typeof d?.url === 'string' ? d.url : ''}`)
        .join('; ');
    return [
      { field: 'title', label: t(TEXT_LABEL.title), kind: 'text' },
      { field: 'summary', label: t(TEXT_LABEL.summary), kind: 'longText' },
      { field: 'generalGoal', label: t(TEXT_LABEL.generalGoal), kind: 'longText' },
      { field: 'specificObjectives', label: t('projects.form.specificObjectives'), kind: 'textList' },
      { field: 'programmes', label: t('projects.form.programmes'), kind: 'itemList' },
      { field: 'activities', label: t('projects.form.activities'), kind: 'itemList' },
      { field: 'expectedResults', label: t('projects.form.expectedResults'), kind: 'textList' },
      { field: 'indicators', label: t('indicators.title'), kind: 'value', format: format.indicators },
      { field: 'documents', label: t('documents.title'), kind: 'value', format: documents },
      { field: 'status', label: t('projects.form.status'), kind: 'value', format: format.status },
      { field: 'publishAt', label: t('schedule.field'), kind: 'value', format: format.dateTime },
      { field: 'budget', label: t('projects.form.budget'), kind: 'value', format: format.money },
      { field: 'grant', label: t('projects.form.grant'), kind: 'value', format: format.money },
      {
        field: 'implementationStatus',
        label: t('projects.form.implementationStatus'),
        kind: 'value',
        format: (value: unknown) =>
          typeof value === 'string' ? t(`implementationStatus.${value}` as never) : '',
      },
      { field: 'contractDate', label: t('projects.form.contractDate'), kind: 'value', format: format.date },
      { field: 'funderId', label: t('projects.form.funder'), kind: 'value', format: orgName },
      {
        field: 'leadOrganizationId',
        label: t('projects.form.leadOrganization'),
        kind: 'value',
        format: orgName,
      },
      { field: 'fundingProgramme', label: t(TEXT_LABEL.fundingProgramme), kind: 'text' },
      { field: 'referenceNumber', label: t('projects.form.referenceNumber'), kind: 'value' },
      { field: 'partners', label: t('projects.form.partners'), kind: 'value', format: partners },
      {
        field: 'municipalityCodes',
        label: t('projects.form.municipalities'),
        kind: 'value',
        format: format.municipalities,
      },
      { field: 'themes', label: t('projects.form.themes'), kind: 'value', format: format.themes },
      {
        field: 'targetGroups',
        label: t('projects.form.targetGroups'),
        kind: 'value',
        format: format.targetGroups,
      },
      {
        field: 'serviceTypes',
        label: t('projects.form.serviceTypes'),
        kind: 'value',
        format: format.serviceTypes,
      },
      { field: 'period', label: t('projects.form.period'), kind: 'value', format: format.period },
    ];
  }, [t, format, orgNames]);
}
