import { type ComboboxItem, MultiSelect } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  label: string;
  /** Shown only while nothing is chosen. */
  placeholder: string;
  data: readonly ComboboxItem[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  /** For long lists (districts, programmes): typing narrows them. */
  searchable?: boolean;
  /** The options are on their way: the filter waits for them. */
  loading?: boolean;
  style?: CSSProperties;
}

/** A filter bar's multiple choice (statuses, kinds, districts…), cleared with one click. */
export function ChoiceFilter({
  label,
  placeholder,
  data,
  value,
  onChange,
  searchable,
  loading,
  style,
}: Props) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      label={label}
      placeholder={value.length ? undefined : placeholder}
      data={data}
      value={[...value]}
      onChange={onChange}
      searchable={searchable}
      clearable
      nothingFoundMessage={searchable ? t('common.nothingFound') : undefined}
      disabled={loading && !data.length}
      style={style ?? { flex: '1 1 180px' }}
    />
  );
}
