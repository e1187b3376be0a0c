/**
 * The indicator fragment the practice and project documents spread (shared/components/IndicatorsInput
 * edits it).
 */
export { IndicatorEditFragment } from './indicators.graphql';
