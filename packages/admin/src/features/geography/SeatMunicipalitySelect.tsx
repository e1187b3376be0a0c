import { Select, type SelectProps } from '@mantine/core';
import { useMunicipalityPicker } from './useMunicipalityPicker';

type Props = Omit<SelectProps, 'data' | 'filter' | 'searchable'>;

/** One municipality (e.g. an organization's seat), with the same groups and search as MunicipalitySelect. */
export function SeatMunicipalitySelect(props: Props) {
  const picker = useMunicipalityPicker(props);
  return <Select {...props} {...picker} />;
}
