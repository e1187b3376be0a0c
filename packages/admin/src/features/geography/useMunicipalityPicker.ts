import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/useLanguage';
import {
  filterGroups,
  matchesSearch,
  municipalityGroups,
  municipalitySearchIndex,
  type OptionGroup,
} from './municipality-options';
import { useMunicipalities } from './useMunicipalities';

function isGroup(item: ComboboxParsedItem): item is { group: string; items: ComboboxItem[] } {
  return 'group' in item;
}

interface PickerProps {
  disabled?: boolean;
  placeholder?: string;
}

/**
 * What a municipality picker (one or several) is given: municipalities grouped by district,
 * found by Bulgarian or Latin name, alias or district ("plovdiv", "Пловдив", "хисар"); unusable
 * while they load or when they failed.
 */
export function useMunicipalityPicker({ disabled, placeholder }: PickerProps) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const { municipalities, loading, error } = useMunicipalities();
  const data: OptionGroup[] = useMemo(
    () => municipalityGroups(municipalities ?? [], language),
    [municipalities, language],
  );
  const index = useMemo(() => municipalitySearchIndex(municipalities ?? []), [municipalities]);
  const filter: OptionsFilter = ({ options, search }) => {
    const keep = (item: ComboboxItem) => matchesSearch(index.get(item.value), search);
    const grouped = filterGroups(options.filter(isGroup), keep);
    const single = options.filter((o): o is ComboboxItem => !isGroup(o) && keep(o));
    return [...single, ...grouped];
  };
  return {
    data,
    filter,
    searchable: true,
    clearable: true,
    maxDropdownHeight: 320,
    disabled: disabled || loading || Boolean(error),
    placeholder: loading ? t('practices.form.municipalitiesLoading') : placeholder,
    nothingFoundMessage: t('common.nothingFound'),
  };
}
