/**
 * History's public surface: the History button of a form, an author's name and a field's. Other features import
 * only this file.
 */
export { AuthorName } from './AuthorName';
export { HistoryButton } from './HistoryButton';
export { useFieldLabel } from './useFieldLabel';
