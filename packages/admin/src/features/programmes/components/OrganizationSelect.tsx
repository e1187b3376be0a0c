import { useQuery } from '@apollo/client/react';
import { type ComboboxItem } from '@mantine/core';
import { useMemo } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { OrganizationOptionsQuery } from '../programmes.graphql';
import { RemoteSelect, type RemoteSelectProps } from './RemoteSelect';

function useOrganizationOptions(term: string | null) {
  const { locale } = useLanguage();
  const { data, previousData, loading } = useQuery(OrganizationOptionsQuery, {
    variables: { search: term, locale },
    fetchPolicy: 'cache-first',
  });
  const options = useMemo<ComboboxItem[]>(
    () =>
      ((data ?? previousData)?.organizations.edges ?? []).map(({ node }) => ({
        value: node.id,
        label: node.name,
      })),
    [data, previousData],
  );
  return { options, loading };
}

/** An organization, found by name (Bulgarian or English), labelled in the interface language. */
export function OrganizationSelect(props: RemoteSelectProps) {
  return <RemoteSelect {...props} useOptions={useOrganizationOptions} />;
}
