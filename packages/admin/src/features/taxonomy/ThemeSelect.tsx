import { useQuery } from '@apollo/client/react';
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import { ThemeOptionsQuery } from './taxonomy.graphql';

type Props = Omit<MultiSelectProps, 'data' | 'searchable'>;

/** Themes by slug, labelled in the interface language. */
export function ThemeSelect(props: Props) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { data, loading, error } = useQuery(ThemeOptionsQuery, {
    variables: { locale },
    fetchPolicy: 'cache-first',
  });
  const options = useMemo(
    () => (data?.themes.edges ?? []).map(({ node }) => ({ value: node.slug, label: node.label })),
    [data],
  );
  return (
    <MultiSelect
      {...props}
      data={options}
      searchable
      clearable
      hidePickedOptions
      disabled={props.disabled || loading || Boolean(error)}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}
