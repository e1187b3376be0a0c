import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { formatContactInput } from '../../shared/components/contact-input';
import { formatIndicatorInputs } from '../../shared/components/indicator-input';
import {
  type Currency,
  formatDate,
  formatDateTime,
  formatMoney,
  formatPeriod,
  type PeriodValue,
} from '../../shared/format';
import { type RecordType, statusLabel } from '../../shared/grammar';
import { useMunicipalities } from '../geography';
import { useTargetGroupOptions } from '../taxonomy';
import { useServiceTypeOptions, useThemeOptions } from '../taxonomy';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Values of update inputs in words, for the merge dialog: municipality codes, theme and
 * target group slugs as names, statuses, periods, moments and money the Bulgarian way,
 * indicators and contacts in a line.
 */
export function useReferenceFormatters(type: RecordType) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { municipalities } = useMunicipalities();
  const themes = useThemeOptions();
  const targetGroups = useTargetGroupOptions();
  const serviceTypes = useServiceTypeOptions();

  return useMemo(() => {
    const municipalityNames = new Map(
      (municipalities ?? []).map((m) => [m.code, language === 'en' ? m.nameEn : m.nameBg]),
    );
    const municipality = (code: string) => municipalityNames.get(code) ?? code;
    const groupLabel = (slug: string) => targetGroups.labels.get(slug) ?? slug;
    return {
      municipality,
      municipalities: (value: unknown) => strings(value).map(municipality).join(', '),
      themes: (value: unknown) =>
        strings(value)
          .map((slug) => themes.labels.get(slug) ?? slug)
          .join(', '),
      targetGroups: (value: unknown) => strings(value).map(groupLabel).join(', '),
      serviceTypes: (value: unknown) =>
        strings(value)
          .map((slug) => serviceTypes.labels.get(slug) ?? slug)
          .join(', '),
      status: (value: unknown) =>
        value === 'DRAFT' || value === 'IN_REVIEW' || value === 'PUBLISHED' || value === 'ARCHIVED'
          ? statusLabel(t, value, type)
          : '',
      period: (value: unknown) => formatPeriod(value as PeriodValue | null, language),
      dateTime: (value: unknown) => (typeof value === 'string' ? formatDateTime(value, language) : ''),
      date: (value: unknown) => (typeof value === 'string' ? formatDate(value, language) : ''),
      money: (value: unknown) => {
        const money = value as { amount?: unknown; currency?: unknown } | null;
        if (typeof money?.amount !== 'string') return '';
        const currency: Currency = money.currency === 'EUR' ? 'EUR' : 'BGN';
        return formatMoney({ amount: money.amount, currency }, language) || money.amount;
      },
      indicators: (value: unknown) => formatIndicatorInputs(value, language, groupLabel),
      contact: formatContactInput,
    };
  }, [municipalities, themes.labels, targetGroups.labels, serviceTypes.labels, language, t, type]);
}
