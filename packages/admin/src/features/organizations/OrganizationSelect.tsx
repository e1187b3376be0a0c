import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../../gql/graphql';
import { useLanguage } from '../../i18n/useLanguage';
import { type OrganizationOption, organizationOptionGroups } from './organization-options';
import { OrganizationPickerQuery } from './organizations.graphql';

/** How many organizations a search shows at once. */
const PICKER_SIZE = 50;

type Props = Omit<SelectProps, 'data' | 'searchable' | 'filter' | 'searchValue' | 'onSearchChange'> & {
  /** Kinds listed first, e.g. funders for "funder". */
  preferredKinds?: readonly OrganizationKind[];
  /** Only these kinds. */
  kinds?: OrganizationKind[];
  /** Organizations already known by name (from the record), so the choice shows before any search. */
  known?: readonly OrganizationOption[];
  /** Ids chosen elsewhere (e.g. other partners), not offered again. */
  exclude?: readonly string[];
};

/** One organization, found by name on the server as you type, grouped by kind. */
export function OrganizationSelect({ preferredKinds, kinds, known, exclude, ...props }: Props) {
  const { t } = useTranslation();
  const { language, locale } = useLanguage();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  // The organization picked here, so its name stays known whatever is searched next.
  const [picked, setPicked] = useState<OrganizationOption | null>(null);
  const names = useMemo(() => (picked ? [picked, ...(known ?? [])] : (known ?? [])), [picked, known]);
  const selectedLabel = names.find((org) => org.id === props.value)?.name ?? '';
  // The box shows the chosen name while closed: that is no search.
  const query = debounced.trim() === selectedLabel ? '' : debounced.trim();
  const { data, previousData, loading, error } = useQuery(OrganizationPickerQuery, {
    variables: {
      filter: { search: query || null, kinds: kinds?.length ? kinds : null },
      first: PICKER_SIZE,
      locale,
    },
    fetchPolicy: 'cache-and-network',
  });
  const shown = data ?? previousData;
  const found = useMemo(
    () =>
      (shown?.organizations.edges ?? []).map(({ node }) => ({
        id: node.id,
        name: node.name,
        kind: node.kind,
      })),
    [shown],
  );
  const groups = useMemo(
    () =>
      organizationOptionGroups(found, {
        known: names,
        selected: props.value ? [props.value] : [],
        exclude,
        preferred: preferredKinds,
        lang: language,
      }).map((group) => ({
        group: group.kind ? t(`organizations.kind.${group.kind}`) : t('organizations.picker.chosen'),
        items: group.items,
      })),
    [found, names, props.value, exclude, preferredKinds, language, t],
  );
  const total = shown?.organizations.totalCount ?? 0;

  return (
    <Select
      {...props}
      data={groups}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(value, option) => {
        setPicked(value ? { id: value, name: option.label } : null);
        props.onChange?.(value, option);
      }}
      filter={({ options }) => options}
      clearable={props.clearable ?? true}
      maxDropdownHeight={320}
      error={props.error ?? (error ? t('organizations.picker.error') : undefined)}
      nothingFoundMessage={loading ? t('common.loading') : t('common.nothingFound')}
      description={
        props.description ??
        (total > PICKER_SIZE && !query ? t('organizations.picker.more', { count: PICKER_SIZE }) : undefined)
      }
    />
  );
}

/** Names of organizations by id (e.g. those a newer version of a record names), read when asked. */
export function useOrganizationNames(ids: readonly string[], skip = false): Map<string, string> {
  const { locale } = useLanguage();
  const unique = useMemo(() => [...new Set(ids)].sort(), [ids]);
  const { data } = useQuery(OrganizationPickerQuery, {
    variables: {
      filter: { organizationIds: unique },
      first: Math.min(Math.max(unique.length, 1), 100),
      locale,
    },
    skip: skip || unique.length === 0,
    fetchPolicy: 'cache-first',
  });
  return useMemo(
    () => new Map((data?.organizations.edges ?? []).map(({ node }) => [node.id, node.name])),
    [data],
  );
}
