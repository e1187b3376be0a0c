/** Files attached to practices and projects, shown on their edit pages. */
export { AttachmentsSection } from './AttachmentsSection';
