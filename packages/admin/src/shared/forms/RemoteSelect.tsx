import { type ComboboxItem, Loader, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchTerm, withSelected } from './remote-options';

export interface RemoteSelectProps extends Omit<
  SelectProps,
  'data' | 'searchable' | 'filter' | 'searchValue' | 'onSearchChange'
> {
  /** The record chosen when the form opened, so its label shows before any search finds it. */
  selected?: ComboboxItem | null;
}

/** Options for a search term (null: no term, the first ones). A module-level hook. */
export type UseRemoteOptions = (term: string | null) => { options: ComboboxItem[]; loading: boolean };

interface Props extends RemoteSelectProps {
  useOptions: UseRemoteOptions;
}

/** One record picked from a server-side search (the server matches names in either language). */
export function RemoteSelect({ useOptions, selected, onChange, value, ...props }: Props) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<ComboboxItem | null>(selected ?? null);
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const current = picked && picked.value === value ? picked : selected?.value === value ? selected : null;
  const { options, loading } = useOptions(searchTerm(debounced, current?.label));
  const data = useMemo(() => withSelected(options, current), [options, current]);
  return (
    <Select
      {...props}
      value={value}
      onChange={(next, option) => {
        setPicked(next ? option : null);
        onChange?.(next, option);
      }}
      data={data}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // The server has filtered already; keep every option it sent.
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('common.loading') : t('common.nothingFound')}
      rightSection={loading ? <Loader size={14} /> : undefined}
    />
  );
}
