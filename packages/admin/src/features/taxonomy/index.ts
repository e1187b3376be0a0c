/**
 * Taxonomy's public surface: theme and target-group pickers and their options. Other features import
 * only this file.
 */
export { TargetGroupSelect } from './TargetGroupSelect';
export { ThemeSelect } from './ThemeSelect';
export { useTargetGroupOptions } from './useTargetGroupOptions';
export { useThemeOptions } from './useThemeOptions';
export { taxonomySection } from './section';
