import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import type { ConflictField } from '../conflict/ConflictMerge';
import type { ConflictSession } from '../conflict/useConflictMerge';
import { useReferenceFormatters } from '../conflict/useReferenceFormatters';
import { useOrganizationNames } from '../organizations/OrganizationSelect';
import { ProjectTargetGroupOptionsQuery } from './projects.graphql';
import { TEXT_LABEL } from './components/ProjectTextsSection';

/** Organization ids an input names: funder, lead organization, partners. */
function organizationIds(input: Record<string, unknown> | undefined): string[] {
  if (!input) return [];
  const partners = Array.isArray(input.partners) ? (input.partners as { organizationId?: unknown }[]) : [];
  return [input.funderId, input.leadOrganizationId, ...partners.map((p) => p?.organizationId)].filter(
    (id): id is string => typeof id === 'string' && id !== '',
  );
}

/** The project form's fields for the merge dialog, with organizations and target groups by name. */
export function useProjectConflictFields(session: ConflictSession | null): ConflictField[] {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const format = useReferenceFormatters();
  const ids = useMemo(
    () => [...organizationIds(session?.mine), ...organizationIds(session?.theirs)],
    [session],
  );
  const orgNames = useOrganizationNames(ids, !session);
  const targetGroups = useQuery(ProjectTargetGroupOptionsQuery, {
    variables: { locale },
    fetchPolicy: 'cache-first',
    skip: !session,
  });

  return useMemo(() => {
    const groupLabels = new Map(
      (targetGroups.data?.targetGroups.edges ?? []).map(({ node }) => [node.slug, node.label]),
    );
    const orgName = (value: unknown) => (typeof value === 'string' ? (orgNames.get(value) ?? value) : '');
    const partners = (value: unknown) =>
      (Array.isArray(value) ? (value as { organizationId?: unknown; role?: unknown }[]) : [])
        .map((p, i) => {
          const role = typeof p?.role === 'string' ? t(`projects.partnerRole.${p.role as 'PARTNER'}`) : '';
          return `${i + 1}. ${orgName(p?.organizationId)}${role ? ` (${role})` : ''}`;
        })
        .join('; ');
    const slugs = (value: unknown) =>
      (Array.isArray(value) ? value : [])
        .map((slug) => groupLabels.get(String(slug)) ?? String(slug))
        .join(', ');
    return [
      { field: 'title', label: t(TEXT_LABEL.title), kind: 'text' },
      { field: 'summary', label: t(TEXT_LABEL.summary), kind: 'longText' },
      { field: 'generalGoal', label: t(TEXT_LABEL.generalGoal), kind: 'longText' },
      { field: 'specificObjectives', label: t('projects.form.specificObjectives'), kind: 'textList' },
      { field: 'programmes', label: t('projects.form.programmes'), kind: 'itemList' },
      { field: 'activities', label: t('projects.form.activities'), kind: 'itemList' },
      { field: 'expectedResults', label: t('projects.form.expectedResults'), kind: 'textList' },
      { field: 'status', label: t('projects.form.status'), kind: 'value', format: format.status },
      { field: 'budget', label: t('projects.form.budget'), kind: 'value', format: format.money },
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
      { field: 'targetGroups', label: t('projects.form.targetGroups'), kind: 'value', format: slugs },
      { field: 'period', label: t('projects.form.period'), kind: 'value', format: format.period },
    ];
  }, [t, format, orgNames, targetGroups.data]);
}
