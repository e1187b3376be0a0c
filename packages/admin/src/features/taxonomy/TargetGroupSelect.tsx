import type { OptionsMultiSelectProps } from '../../shared/forms/OptionsMultiSelect';
import { TaxonomySelect } from './TaxonomySelect';
import { useTargetGroupOptions } from './useTargetGroupOptions';

/** Target groups by slug, labelled in the interface language. */
export function TargetGroupSelect(props: OptionsMultiSelectProps) {
  return <TaxonomySelect {...props} taxonomy={useTargetGroupOptions()} />;
}
