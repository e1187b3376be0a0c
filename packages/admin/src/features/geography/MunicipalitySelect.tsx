import {
  type ComboboxItem,
  type ComboboxParsedItem,
  MultiSelect,
  type MultiSelectProps,
} from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import {
  filterGroups,
  matchesSearch,
  municipalityGroups,
  municipalitySearchIndex,
} from './municipality-options';
import { useMunicipalities } from './useMunicipalities';

type Props = Omit<MultiSelectProps, 'data' | 'filter' | 'searchable'>;

function isGroup(item: ComboboxParsedItem): item is { group: string; items: ComboboxItem[] } {
  return 'group' in item;
}

/**
 * Municipalities by NSI code, grouped by district; found by Bulgarian or Latin name, alias
 * or district ("plovdiv", "Пловдив", "хисар").
 */
export function MunicipalitySelect(props: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { municipalities, loading, error } = useMunicipalities();
  const groups = useMemo(
    () => municipalityGroups(municipalities ?? [], language),
    [municipalities, language],
  );
  const index = useMemo(() => municipalitySearchIndex(municipalities ?? []), [municipalities]);

  return (
    <MultiSelect
      {...props}
      data={groups}
      searchable
      clearable
      hidePickedOptions
      maxDropdownHeight={320}
      disabled={props.disabled || loading || Boolean(error)}
      placeholder={loading ? t('practices.form.municipalitiesLoading') : props.placeholder}
      nothingFoundMessage={t('common.nothingFound')}
      filter={({ options, search }) => {
        const keep = (item: ComboboxItem) => matchesSearch(index.get(item.value), search);
        const grouped = filterGroups(options.filter(isGroup), keep);
        const single = options.filter((o): o is ComboboxItem => !isGroup(o) && keep(o));
        return [...single, ...grouped];
      }}
    />
  );
}
