import { createContext, useContext } from 'react';
import type { TrashType } from './section';

/**
 * What features need to know of the other sections, provided by app/ from the section
 * descriptors: the dashboard's audit log and the trash link to records of every section, and the
 * trash's tabs are the types the sections put there.
 */
export interface SectionsInfo {
  /** Where a record of a content type opens; null when its section has no page. */
  recordPath: (entityType: string, id: string) => string | null;
  trashTypes: readonly TrashType[];
}

export const SectionsContext = createContext<SectionsInfo>({ recordPath: () => null, trashTypes: [] });

export const useSections = (): SectionsInfo => useContext(SectionsContext);
