/**
 * The audit log's public surface: an action in words and where a record opens (the dashboard's
 * latest changes). Other features import only this file.
 */
export { useAuditWording } from './useAuditWording';
