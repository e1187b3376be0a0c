import { useQuery } from '@apollo/client/react';
import type { ComboboxItem } from '@mantine/core';
import { useMemo } from 'react';
import { useLanguage } from '../../i18n/useLanguage';
import { RemoteSelect, type RemoteSelectProps } from '../../shared/forms/RemoteSelect';
import { NetworkOptionsQuery } from './network-options.graphql';

/** How many networks a search shows at once. */
const PICKER_SIZE = 30;

function useNetworkOptions(term: string | null) {
  const { language, locale } = useLanguage();
  const { data, previousData, loading } = useQuery(NetworkOptionsQuery, {
    variables: { search: term, first: PICKER_SIZE, locale },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const options = useMemo<ComboboxItem[]>(() => {
    // The server has no name order for networks: sort here, in the interface language's order.
    const collator = new Intl.Collator(language === 'en' ? 'en' : 'bg');
    return (shown?.partnerNetworks.edges ?? [])
      .map(({ node }) => ({ value: node.id, label: node.name }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [shown, language]);
  return { options, loading };
}

/** One partner network, found by name (Bulgarian or English) on the server as you type. */
export function NetworkSelect(props: RemoteSelectProps) {
  return <RemoteSelect {...props} useOptions={useNetworkOptions} />;
}
