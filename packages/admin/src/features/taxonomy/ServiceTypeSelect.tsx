import type { OptionsMultiSelectProps } from '../../shared/forms/OptionsMultiSelect';
import { TaxonomySelect } from './TaxonomySelect';
import { useServiceTypeOptions } from './useServiceTypeOptions';

/** Service types by slug, labelled in the interface language. */
export function ServiceTypeSelect(props: OptionsMultiSelectProps) {
  return <TaxonomySelect {...props} taxonomy={useServiceTypeOptions()} />;
}
