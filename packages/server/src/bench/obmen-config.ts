import type { AppConfig } from '../app/config';
import type { DatabaseConfig } from '../db/config';

/** Generating writes statements of half a megabyte: the server's 4-second bound is for requests. */
const GENERATION_TIMEOUTS = { statementMs: 600_000, lockMs: 60_000, poolWaitMs: 60_000 };

/** Obmen in this process, for preparing a database and counting statements: no demo, no scheduler runs. */
export function inProcessConfig(database: DatabaseConfig): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    production: true,
    database: { ...database, timeouts: GENERATION_TIMEOUTS },
    demo: false,
    logLevel: 'warn',
    trustProxy: false,
    admin: null,
    publishIntervalSeconds: 0,
  };
}
