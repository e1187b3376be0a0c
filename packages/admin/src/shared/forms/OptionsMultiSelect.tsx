import { type ComboboxItem, MultiSelect, type MultiSelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type OptionsMultiSelectProps = Omit<MultiSelectProps, 'data' | 'searchable'>;

interface Props extends OptionsMultiSelectProps {
  options: ComboboxItem[];
  /** While the options load or when they failed, nothing can be picked. */
  unavailable: boolean;
}

/** Several values picked from a short list read at once, searchable in the browser. */
export function OptionsMultiSelect({ options, unavailable, ...props }: Props) {
  const { t } = useTranslation();
  return (
    <MultiSelect
      {...props}
      data={options}
      searchable
      clearable
      disabled={props.disabled || unavailable}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}
