/**
 * Taxonomy's public surface: theme, target-group and service-type pickers and their options.
 * Other features import only this file.
 */
export { ServiceTypeSelect } from './ServiceTypeSelect';
export { TargetGroupSelect } from './TargetGroupSelect';
export { ThemeSelect } from './ThemeSelect';
export { useServiceTypeOptions } from './useServiceTypeOptions';
export { useTargetGroupOptions } from './useTargetGroupOptions';
export { useThemeOptions } from './useThemeOptions';
export { taxonomySection } from './section';
