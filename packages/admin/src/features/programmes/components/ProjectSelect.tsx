import { useQuery } from '@apollo/client/react';
import { type ComboboxItem } from '@mantine/core';
import { useMemo } from 'react';
import { useLanguage } from '../../../i18n/useLanguage';
import { ProjectOptionsQuery } from '../programmes.graphql';
import { RemoteSelect, type RemoteSelectProps } from '../../../shared/forms/RemoteSelect';

function useProjectOptions(term: string | null) {
  const { locale } = useLanguage();
  const { data, previousData, loading } = useQuery(ProjectOptionsQuery, {
    variables: { search: term, locale },
    fetchPolicy: 'cache-first',
  });
  const options = useMemo<ComboboxItem[]>(
    () =>
      ((data ?? previousData)?.projects.edges ?? []).map(({ node }) => ({
        value: node.id,
        label: node.title,
      })),
    [data, previousData],
  );
  return { options, loading };
}

/** A project, found by title (Bulgarian or English), labelled in the interface language. */
export function ProjectSelect(props: RemoteSelectProps) {
  return <RemoteSelect {...props} useOptions={useProjectOptions} />;
}
