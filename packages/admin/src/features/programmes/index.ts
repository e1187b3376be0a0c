/**
 * Volunteer programmes' public surface: volunteering hours and the programmes a user may manage. Other
 * features import only this file.
 */
export { formatHours, hoursInput, isHours, sumHours } from './hours';
export { useProgrammeScope } from './useProgrammeScope';
export type { ProgrammeOption, ProgrammeScope } from './useProgrammeScope';
export { programmesSection } from './section';
