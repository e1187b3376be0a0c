import { useQuery } from '@apollo/client/react';
import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import { ProjectTargetGroupOptionsQuery } from '../projects.graphql';

type Props = Omit<MultiSelectProps, 'data' | 'searchable'>;

/** Target groups by slug, labelled in the interface language. */
export function TargetGroupSelect(props: Props) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { data, loading, error } = useQuery(ProjectTargetGroupOptionsQuery, {
    variables: { locale },
    fetchPolicy: 'cache-first',
  });
  const options = useMemo(
    () => (data?.targetGroups.edges ?? []).map(({ node }) => ({ value: node.slug, label: node.label })),
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
