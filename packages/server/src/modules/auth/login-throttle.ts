import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { rateLimited } from '../../common/errors';

export const LOGIN_WINDOW_MINUTES = 15;
/** Passwords checked per account and address in a window: room for typos, none for guessing. */
export const LOGIN_MAX_FAILURES = 5;
/**
 * Failed sign-ins per address across all accounts in a window. Colleagues behind one office
 * address mistype a few passwords between them; spraying guesses over many accounts, 5 each, is
 * what this stops: 6 accounts' worth, then the address waits.
 */
export const LOGIN_MAX_FAILURES_PER_ADDRESS = 30;

/** Rows of windows that ended are deleted now and then, by whichever server is signing someone in. */
const PRUNE_EVERY_MS = 60_000;
const PRUNE_BATCH = 1000;

/**
 * Counts one attempt before the password is checked, atomically, so concurrent guesses cannot
 * all read "under the limit". A window runs until LOGIN_WINDOW_MINUTES after the last attempt it
 * let through: a counter starts again only after that much quiet, so no span of that length
 * ever sees more than `limit` checked passwords. Attempts refused do not extend it.
 */
const RESERVE = `
  INSERT INTO login_attempt AS a (key, count, window_ends_at)
  VALUES ($1, 1, now() + make_interval(mins => $3))
  ON CONFLICT (key) DO UPDATE SET
    count = CASE WHEN a.window_ends_at <= now() THEN 1 ELSE a.count + 1 END,
    window_ends_at = CASE WHEN a.window_ends_at <= now() OR a.count < $2 THEN excluded.window_ends_at
                          ELSE a.window_ends_at END
  RETURNING a.count, CEIL(EXTRACT(EPOCH FROM a.window_ends_at - now()))::int AS retry_after`;

/** SKIP LOCKED: a row another sign-in is counting on is left for next time, and nobody waits. */
const PRUNE = `
  DELETE FROM login_attempt WHERE key IN (
    SELECT key FROM login_attempt WHERE window_ends_at <= now() LIMIT ${PRUNE_BATCH} FOR UPDATE SKIP LOCKED)`;

const digest = (scope: string) => createHash('sha256').update(scope).digest('hex');

/** One sign-in's place in the counters, to give back if its password was right. */
export interface LoginReservation {
  accountKey: string;
  addressKey: string;
}

/** Throttles password checks per account and address, and per address across accounts. */
export class LoginThrottle {
  private nextPruneAt = 0;

  constructor(private readonly ds: DataSource) {}

  /** Counts this attempt, or refuses it with RATE_LIMITED; call before checking the password. */
  async reserve(email: string, address: string): Promise<LoginReservation> {
    await this.pruneNowAndThen();
    const reservation = {
      accountKey: digest(`account\n${email}\n${address}`),
      addressKey: digest(`address\n${address}`),
    };
    await this.count(reservation.accountKey, LOGIN_MAX_FAILURES);
    await this.count(reservation.addressKey, LOGIN_MAX_FAILURES_PER_ADDRESS);
    return reservation;
  }

  /**
   * The password was right: the account starts afresh at this address (as it did before the
   * attempt counted), and the address's budget gets back the attempt that was not a failure.
   */
  async release({ accountKey, addressKey }: LoginReservation): Promise<void> {
    await this.ds.query('DELETE FROM login_attempt WHERE key = $1', [accountKey]);
    await this.ds.query('UPDATE login_attempt SET count = GREATEST(count - 1, 0) WHERE key = $1', [
      addressKey,
    ]);
  }

  private async count(key: string, limit: number): Promise<void> {
    const [row]: { count: number; retry_after: number }[] = await this.ds.query(RESERVE, [
      key,
      limit,
      LOGIN_WINDOW_MINUTES,
    ]);
    if (row.count <= limit) return;
    const seconds = Math.max(1, row.retry_after);
    throw rateLimited(`Too many failed sign-ins: try again in ${Math.ceil(seconds / 60)} minutes`, seconds);
  }

  private async pruneNowAndThen(): Promise<void> {
    if (Date.now() < this.nextPruneAt) return;
    this.nextPruneAt = Date.now() + PRUNE_EVERY_MS;
    await this.ds.query(PRUNE);
  }
}
