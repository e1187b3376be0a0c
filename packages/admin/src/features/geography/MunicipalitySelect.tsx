import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useMunicipalityPicker } from './useMunicipalityPicker';

type Props = Omit<MultiSelectProps, 'data' | 'filter' | 'searchable'>;

/** Municipalities by NSI code, grouped by district, several at once. */
export function MunicipalitySelect(props: Props) {
  const picker = useMunicipalityPicker(props);
  return <MultiSelect {...props} {...picker} hidePickedOptions />;
}
