// Moved to common/visibility.ts (the loaders in common apply it); kept while importers switch.
export * from '../../common/visibility';
