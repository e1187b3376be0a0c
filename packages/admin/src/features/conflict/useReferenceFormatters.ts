import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { type Currency, formatMoney, formatPeriod, type PeriodValue } from '../../shared/format';
import { useMunicipalities } from '../geography/useMunicipalities';
import { ThemeOptionsQuery } from '../taxonomy/taxonomy.graphql';

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/**
 * Values of update inputs in words, for the merge dialog: municipality codes and theme slugs
 * as names, statuses, periods and money the Bulgarian way.
 */
export function useReferenceFormatters() {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const { municipalities } = useMunicipalities();
  const themes = useQuery(ThemeOptionsQuery, { variables: { locale }, fetchPolicy: 'cache-first' });

  return useMemo(() => {
    const municipalityNames = new Map(
      (municipalities ?? []).map((m) => [m.code, language === 'en' ? m.nameEn : m.nameBg]),
    );
    const themeLabels = new Map((themes.data?.themes.edges ?? []).map(({ node }) => [node.slug, node.label]));
    return {
      municipalities: (value: unknown) =>
        strings(value)
          .map((code) => municipalityNames.get(code) ?? code)
          .join(', '),
      themes: (value: unknown) =>
        strings(value)
          .map((slug) => themeLabels.get(slug) ?? slug)
          .join(', '),
      status: (value: unknown) =>
        value === 'DRAFT' || value === 'IN_REVIEW' || value === 'PUBLISHED' || value === 'ARCHIVED'
          ? t(`status.${value}`)
          : '',
      period: (value: unknown) => formatPeriod(value as PeriodValue | null, language),
      money: (value: unknown) => {
        const money = value as { amount?: unknown; currency?: unknown } | null;
        if (typeof money?.amount !== 'string') return '';
        const currency: Currency = money.currency === 'EUR' ? 'EUR' : 'BGN';
        return formatMoney({ amount: money.amount, currency }, language) || money.amount;
      },
    };
  }, [municipalities, themes.data, language, t]);
}
