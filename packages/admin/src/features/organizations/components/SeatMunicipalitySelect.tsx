import { type ComboboxItem, type ComboboxParsedItem, Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../i18n/useLanguage';
import {
  filterGroups,
  matchesSearch,
  municipalityGroups,
  municipalitySearchIndex,
} from '../../geography/municipality-options';
import { useMunicipalities } from '../../geography/useMunicipalities';

type Props = Omit<SelectProps, 'data' | 'filter' | 'searchable'>;

function isGroup(item: ComboboxParsedItem): item is { group: string; items: ComboboxItem[] } {
  return 'group' in item;
}

/**
 * One municipality (an organization's seat): the geography picker's groups and search
 * (Cyrillic or Latin, aliases, district) in a single-choice select.
 */
export function SeatMunicipalitySelect(props: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { municipalities, loading, error } = useMunicipalities();
  const groups = useMemo(
    () => municipalityGroups(municipalities ?? [], language),
    [municipalities, language],
  );
  const index = useMemo(() => municipalitySearchIndex(municipalities ?? []), [municipalities]);

  return (
    <Select
      {...props}
      data={groups}
      searchable
      clearable
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
