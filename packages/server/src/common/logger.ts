import type pino from 'pino';

/** The logger every layer is handed; created (with its redaction rules) in app/logger.ts. */
export type Logger = pino.Logger;
