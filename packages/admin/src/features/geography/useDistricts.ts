import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { DistrictsQuery } from './geography.graphql';

/** The 28 districts as select options, named in the interface language and sorted by name. */
export function useDistrictOptions(language: string) {
  const { data, loading, error } = useQuery(DistrictsQuery, { fetchPolicy: 'cache-first' });
  const options = useMemo(() => {
    const collator = new Intl.Collator(language === 'en' ? 'en' : 'bg');
    return (data?.districts.edges ?? [])
      .map(({ node }) => ({ value: node.code, label: language === 'en' ? node.nameEn : node.nameBg }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [data, language]);
  return { options, loading, error };
}
