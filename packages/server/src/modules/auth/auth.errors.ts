// Moved to common/errors.ts (every module refuses with them); kept while importers switch.
export { forbidden, rateLimited, unauthenticated } from '../../common/errors';
