import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { OptionsMultiSelect, type OptionsMultiSelectProps } from '../../../shared/forms/OptionsMultiSelect';
import { OrganizationPickerQuery } from '../../organizations';

/** Funders (organizations of kind FUNDER) to filter by: few enough to list at once. */
export function FunderFilter(props: OptionsMultiSelectProps) {
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
    <OptionsMultiSelect {...props} options={options} unavailable={(loading && !data) || Boolean(error)} />
  );
}
