// Moved to common/principal.ts; kept while importers switch.
export * from '../../common/principal';
