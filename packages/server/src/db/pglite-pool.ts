import type { PGlite, Results } from '@electric-sql/pglite';
import { Mutex, withTimeout } from 'async-mutex';
import { EventEmitter } from 'node:events';

type Release = (error?: unknown) => void;
type QueryCallback = (error: unknown, result: unknown) => void;
type ConnectCallback = (error: unknown, client: object | null, release: Release) => void;

/**
 * PGlite is one Postgres backend in this process: one session. typeorm-pglite hands that
 * single session to every TypeORM query runner at once, so two concurrent transactions
 * would interleave their statements (one request's ROLLBACK undoing another's writes).
 * This pool lends the session to one query runner at a time, exactly like a `pg` pool
 * with `max: 1`; the other runners wait their turn.
 */
/** TypeORM reads node-postgres' result shape: `rowCount` and `command` decide UPDATE/DELETE counts. */
function asPgResult(sql: string, result: Results | undefined) {
  const rows = result?.rows ?? [];
  return {
    rows,
    rowCount: result?.affectedRows ?? rows.length,
    command: sql.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? '',
    fields: result?.fields ?? [],
  };
}

export function createPGlitePoolClass(open: () => Promise<PGlite>, waitMs = 30_000) {
  let instance: Promise<PGlite> | null = null;
  const session = new Mutex();
  // A request waits for the one session at most `waitMs`, then fails like pg's pool does
  // (SERVICE_UNAVAILABLE); closing the database waits as long as it takes.
  const turn = withTimeout(session, waitMs, new Error('timeout exceeded when trying to connect'));
  const db = () => (instance ??= open());

  class PGliteClient extends EventEmitter {
    query(sql: string, params?: unknown[] | QueryCallback, callback?: QueryCallback) {
      // node-postgres style: TypeORM sometimes passes a callback instead of parameters.
      const done = typeof params === 'function' ? params : callback;
      const values = typeof params === 'function' ? undefined : params;
      const result = run(sql, values);
      if (done)
        result.then(
          (r) => done(null, r),
          (e: unknown) => done(e, null),
        );
      return result;
    }
  }

  async function run(sql: string, params?: unknown[]) {
    const pg = await db();
    if (params && params.length > 0) return asPgResult(sql, await pg.query(sql, params));
    // A parameterless call may hold several statements (migrations); TypeORM expects the last result.
    const results = await pg.exec(sql);
    return asPgResult(sql, results[results.length - 1]);
  }

  class PGlitePool extends EventEmitter {
    /**
     * Runs `work` holding the session, after a checkpoint: no statement runs meanwhile and the
     * data folder's files hold every committed change (a live backup copies them then).
     */
    static async quiesced(work: () => void): Promise<void> {
      await turn.runExclusive(async () => {
        const pg = await db();
        await pg.exec('CHECKPOINT');
        work();
      });
    }

    connect(callback: ConnectCallback): void {
      turn
        .acquire()
        .then(async (unlock) => {
          try {
            await db();
          } catch (error) {
            unlock();
            callback(error, null, () => undefined);
            return;
          }
          let released = false;
          const release: Release = () => {
            if (released) return;
            released = true;
            unlock();
          };
          callback(null, new PGliteClient(), release);
        })
        .catch((error: unknown) => callback(error, null, () => undefined));
    }

    end(callback: (error: unknown) => void): void {
      const closing = instance;
      instance = null;
      if (!closing) return callback(null);
      // Wait for the running statement to finish so the data folder is closed cleanly.
      session
        .runExclusive(async () => (await closing).close())
        .then(() => callback(null))
        .catch((error: unknown) => callback(error));
    }
  }

  return PGlitePool;
}
