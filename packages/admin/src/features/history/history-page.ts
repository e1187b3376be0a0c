/** The record history page, loaded as its own chunk by the history routes (app/section-pages.ts). */
export const loadRecordHistoryPage = () => import('./RevisionHistoryPage').then((m) => m.RecordHistoryPage);
