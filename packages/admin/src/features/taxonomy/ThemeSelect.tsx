import type { OptionsMultiSelectProps } from '../../shared/forms/OptionsMultiSelect';
import { TaxonomySelect } from './TaxonomySelect';
import { useThemeOptions } from './useThemeOptions';

/** Themes by slug, labelled in the interface language. */
export function ThemeSelect(props: OptionsMultiSelectProps) {
  return <TaxonomySelect {...props} taxonomy={useThemeOptions()} />;
}
