/** Bounds on every wait for the database (README "Security and failure"). */
export interface DatabaseTimeouts {
  /** One statement's longest run (PostgreSQL `statement_timeout`). */
  statementMs: number;
  /** The longest wait for a row or table lock (PostgreSQL `lock_timeout`). */
  lockMs: number;
  /** The longest wait for a free connection (or the embedded database's one session). */
  poolWaitMs: number;
}

export const DEFAULT_TIMEOUTS: DatabaseTimeouts = { statementMs: 4000, lockMs: 1000, poolWaitMs: 2000 };

export interface PgliteConfig {
  kind: 'pglite';
  /** The data folder; null: in memory. */
  dataDir: string | null;
  /** A `dumpDataDir` tarball to start from (tests: a migrated template instead of migrating each time). */
  loadDataDir?: string;
}

export type DatabaseConfig = (PgliteConfig | { kind: 'postgres'; url: string }) & {
  timeouts?: DatabaseTimeouts;
};
