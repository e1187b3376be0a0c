/**
 * History's public surface: the History button of a form and an author's name. Other features import
 * only this file.
 */
export { AuthorName } from './AuthorName';
export { HistoryButton } from './HistoryButton';
