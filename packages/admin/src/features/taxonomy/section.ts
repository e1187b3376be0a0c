import type { Action } from '../auth';
import type { SectionDescriptor } from '../../shared/section';

/** Themes and target groups: no pages of their own yet (picked in the forms), but trashed and cached per language. */
export const taxonomySection = {
  key: 'taxonomy',
  trash: [{ type: 'Theme' }, { type: 'TargetGroup' }],
  localizedTypes: ['Theme', 'TargetGroup'],
} as const satisfies SectionDescriptor<Action>;
