import { TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import type { ListUrlState } from './useListUrlState';

interface Props {
  list: Pick<ListUrlState<unknown>, 'search' | 'setSearch'>;
  label: string;
  placeholder: string;
}

/** A list's search box, bound to its URL (see useListUrlState). */
export function ListSearchInput({ list, label, placeholder }: Props) {
  return (
    <TextInput
      label={label}
      placeholder={placeholder}
      leftSection={<IconSearch size={16} />}
      value={list.search}
      onChange={(event) => list.setSearch(event.currentTarget.value)}
      style={{ flex: '2 1 220px' }}
    />
  );
}
