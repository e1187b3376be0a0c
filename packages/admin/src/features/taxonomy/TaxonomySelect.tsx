import { OptionsMultiSelect, type OptionsMultiSelectProps } from '../../shared/forms/OptionsMultiSelect';
import type { useTaxonomyOptions } from './useTaxonomyOptions';

interface Props extends OptionsMultiSelectProps {
  taxonomy: Pick<ReturnType<typeof useTaxonomyOptions>, 'options' | 'loading' | 'error'>;
}

/** Taxonomy terms by slug, labelled in the interface language; each term picked once. */
export function TaxonomySelect({ taxonomy, ...props }: Props) {
  return (
    <OptionsMultiSelect
      {...props}
      options={taxonomy.options}
      unavailable={taxonomy.loading || Boolean(taxonomy.error)}
      hidePickedOptions
    />
  );
}
