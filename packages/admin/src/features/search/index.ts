/**
 * The global search (issue 11): the header's search button and its shortcuts (Ctrl+K / ⌘K,
 * "/"), opening a dialog of results grouped by type. The dialog loads as its own chunk.
 */
export { SearchLauncher } from './components/SearchLauncher';
