import { MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useMunicipalityPicker } from './useMunicipalityPicker';

type Props = Omit<MultiSelectProps, 'data' | 'filter' | 'searchable' | 'attributes'>;

/**
 * Each chosen municipality (a pill) is `picked-municipality` to tests: Mantine's pills have no
 * role of their own, and a list role around them would also hold the search box, which a list
 * may not.
 */
const ATTRIBUTES = { pill: { 'data-testid': 'picked-municipality' } };

/** Municipalities by NSI code, grouped by district, several at once. */
export function MunicipalitySelect(props: Props) {
  const picker = useMunicipalityPicker(props);
  return <MultiSelect {...props} {...picker} attributes={ATTRIBUTES} hidePickedOptions />;
}
