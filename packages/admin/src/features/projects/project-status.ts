/** Projects follow the editorial workflow every publishable record does. */
export {
  initialStatuses,
  isForward,
  maySchedule,
  nextStatuses,
} from '../../shared/components/content-workflow';
