import { useQuery } from '@apollo/client/react';
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { OrganizationPickerQuery } from '../../organizations/organizations.graphql';

type Props = Omit<MultiSelectProps, 'data' | 'searchable'>;

/** Funders (organizations of kind FUNDER) to filter by: few enough to list at once. */
export function FunderFilter(props: Props) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { data, loading, error } = useQuery(OrganizationPickerQuery, {
    variables: { filter: { kinds: ['FUNDER'] }, first: 100, locale },
    fetchPolicy: 'cache-first',
  });
  const options = useMemo(
    () => (data?.organizations.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name })),
    [data],
  );
  return (
    <MultiSelect
      {...props}
      data={options}
      searchable
      clearable
      disabled={props.disabled || (loading && !data) || Boolean(error)}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}
