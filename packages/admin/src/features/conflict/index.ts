/**
 * Editing a record someone else may be editing too: the merge dialog, the form hooks that open
 * it on a stale version (useFormConflict, useMergingSave, and useContentForm for publishable
 * records) and reference-value formatting. Other features import only this file; a section's own
 * conflict fields live in that section.
 */
export { ConflictMerge } from './ConflictMerge';
export type { ConflictField } from './ConflictValue';
export type { ConflictSession } from './useConflictMerge';
export { useFormConflict } from './useFormConflict';
export { useReferenceFormatters } from './useReferenceFormatters';
export { useMergingSave } from './useMergingSave';
export { useContentForm } from './useContentForm';
