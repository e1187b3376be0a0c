import { createHash, createHmac } from 'node:crypto';
import type * as AltchaV1 from 'altcha-lib/dist/cjs/v1/index';
import type { Payload } from 'altcha-lib/dist/cjs/v1/types';
import type { EntityManager } from 'typeorm';
import { fieldError, Reason } from '../../common/errors';

// altcha-lib publishes `altcha-lib/v1` only through its exports map, which TypeScript's
// moduleResolution "node" cannot see; Node's require can, so the types come from the file path.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const altcha = require('altcha-lib/v1') as typeof AltchaV1;

export interface ProofOfWorkSettings {
  /** Upper bound of the secret number: the work a browser does (on average half of it). */
  maxNumber: number;
  /** How long a challenge may be solved and submitted. */
  ttlMinutes: number;
}

/** What the ALTCHA widget fetches from its `challengeurl`, plus when it expires. */
export interface PowChallenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
  expiresAt: Date;
}

/** A verified solution: spend it once, keep it until it would have expired anyway. */
export interface PowSolution {
  signature: string;
  expiresAt: Date;
}

const ALGORITHM = 'SHA-256';
/** Spent challenges are kept this long past their expiry, in case database and server clocks differ. */
const CLOCK_SKEW_MS = 5 * 60_000;

function refused(message: string) {
  return fieldError('altcha', message, Reason.altcha);
}

/**
 * Self-hosted ALTCHA proof of work (protocol v1, what the `altcha` 2.x widget speaks): the
 * server signs a challenge with a key derived from the server secret and later checks the
 * solution with the same key. Nothing leaves the server.
 */
export class ProofOfWork {
  private readonly hmacKey: string;

  constructor(
    serverSecret: string,
    readonly settings: ProofOfWorkSettings,
  ) {
    // A key of its own, so these signatures can never be confused with other uses of the secret.
    this.hmacKey = createHmac('sha256', serverSecret).update('altcha-challenge').digest('hex');
  }

  async challenge(now = new Date()): Promise<PowChallenge> {
    const expiresAt = new Date(now.getTime() + this.settings.ttlMinutes * 60_000);
    const created = await altcha.createChallenge({
      algorithm: ALGORITHM,
      hmacKey: this.hmacKey,
      maxNumber: this.settings.maxNumber,
      expires: expiresAt,
    });
    return {
      algorithm: created.algorithm,
      challenge: created.challenge,
      maxnumber: created.maxnumber ?? this.settings.maxNumber,
      salt: created.salt,
      signature: created.signature,
      // The salt carries whole seconds; report what will actually be enforced.
      expiresAt: new Date(Math.floor(expiresAt.getTime() / 1000) * 1000),
    };
  }

  /** Checks the widget's base64 payload: our signature, the right work, not expired. */
  async verify(payload: string): Promise<PowSolution> {
    const parsed = decode(payload);
    const expires = parsed ? Number(altcha.extractParams(parsed).expires) : NaN;
    // Only our own challenges carry an expiry and SHA-256; anything else was not made here.
    if (!parsed || parsed.algorithm !== ALGORITHM || !Number.isFinite(expires)) {
      throw refused('The anti-spam check is missing or malformed: let the widget solve it first');
    }
    if (!(await altcha.verifySolution(parsed, this.hmacKey, true))) {
      throw refused('The anti-spam check failed or expired: solve a new one');
    }
    return { signature: parsed.signature, expiresAt: new Date(expires * 1000) };
  }

  /**
   * Marks a solution used, in the caller's transaction; false when it already was (a replay).
   * Also forgets solutions that expired, which are refused by `verify` anyway.
   */
  async spend(manager: EntityManager, solution: PowSolution): Promise<boolean> {
    await manager.query('DELETE FROM spent_challenge WHERE expires_at < $1', [
      new Date(Date.now() - CLOCK_SKEW_MS),
    ]);
    const inserted: unknown[] = await manager.query(
      'INSERT INTO spent_challenge (signature, expires_at) VALUES ($1, $2) ' +
        'ON CONFLICT (signature) DO NOTHING RETURNING signature',
      [solution.signature, solution.expiresAt],
    );
    return inserted.length === 1;
  }
}

/** The widget's payload, or null when it is not one (the library would throw on some shapes). */
function decode(payload: string): Payload | null {
  try {
    const value: unknown = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
    if (!value || typeof value !== 'object') return null;
    const p = value as Record<string, unknown>;
    const strings = ['algorithm', 'challenge', 'salt', 'signature'].every((k) => typeof p[k] === 'string');
    return strings && Number.isSafeInteger(p.number) ? (value as Payload) : null;
  } catch {
    return null;
  }
}

/** Solves a challenge as the widget does (synchronously, so tests stay fast); for tests and scripts. */
export function solvePow(challenge: Omit<PowChallenge, 'expiresAt'>): string {
  for (let number = 0; number <= challenge.maxnumber; number += 1) {
    const hash = createHash('sha256').update(`${challenge.salt}${number}`).digest('hex');
    if (hash !== challenge.challenge) continue;
    const { algorithm, salt, signature } = challenge;
    return Buffer.from(
      JSON.stringify({ algorithm, challenge: challenge.challenge, number, salt, signature }),
    ).toString('base64');
  }
  throw new Error('The challenge has no solution');
}
