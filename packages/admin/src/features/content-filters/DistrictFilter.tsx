import type { CSSProperties } from 'react';
import { useDistrictOptions } from '../geography';
import { useLanguage } from '../../i18n/useLanguage';
import { ChoiceFilter } from '../../shared/list/ChoiceFilter';

interface Props {
  label: string;
  placeholder: string;
  /** NSI district codes, e.g. PDV. */
  value: readonly string[];
  onChange: (value: string[]) => void;
  style?: CSSProperties;
}

/** The 28 districts to filter a list by, named in the interface language. */
export function DistrictFilter(props: Props) {
  const { language } = useLanguage();
  const districts = useDistrictOptions(language);
  return <ChoiceFilter {...props} data={districts.options} searchable loading={districts.loading} />;
}
