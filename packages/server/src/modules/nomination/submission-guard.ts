import { isEmail } from 'class-validator';
import type { EntityManager } from 'typeorm';
import { fieldError, rateLimited, Reason } from '../../common/errors';
import type { Actor } from '../../common/principal';
import type { PracticeService } from '../practice';
import { type ProofOfWork, type ProofOfWorkSettings } from './altcha';
import { cleanEmail, emailIdentity, hasLoneSurrogate } from './email-identity';
import { BlockedSender } from './moderation.entity';
import { proposalEmails } from './proposal-emails';

export interface SubmissionLimits {
  /** Nominations and proposals together, per client address, in any rolling hour. */
  perAddressPerHour: number;
  /** Nominations and proposals together, per normalized email, in any rolling 24 hours. */
  perEmailPerDay: number;
}

export interface SubmissionSettings {
  pow: ProofOfWorkSettings;
  limits: SubmissionLimits;
}

function positiveInt(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`${name} must be a positive integer, got "${raw}"`);
  return value;
}

/** Limits of the public forms, from the environment (see the README, "Nominations for partner sites"). */
export function submissionSettings(env: NodeJS.ProcessEnv = process.env): SubmissionSettings {
  return {
    pow: { maxNumber: positiveInt(env, 'OBMEN_ALTCHA_MAX_NUMBER', 50_000), ttlMinutes: 10 },
    limits: {
      perAddressPerHour: positiveInt(env, 'OBMEN_SUBMISSIONS_PER_HOUR', 5),
      perEmailPerDay: positiveInt(env, 'OBMEN_SUBMISSIONS_PER_EMAIL_DAY', 10),
    },
  };
}

/** Who submits: the principal (for the audit log) and the keyed hash of the client address. */
export interface Sender {
  actor: Actor;
  senderHash: string;
}

/** What becomes of a submission that passed every check the client is told about. */
export enum Verdict {
  ACCEPT = 'ACCEPT',
  /** The address is blocked: a nomination is filed straight as spam, a proposal is not kept. */
  SPAM = 'SPAM',
  /** The email is over its daily limit: not kept. */
  DROP = 'DROP',
}

export interface SubmitterContact {
  name: string;
  /** As meant, without anything invisible (see `cleanEmail`): what a moderator writes back to. */
  email: string;
  /** Who it belongs to (see `emailIdentity`): what every comparison of emails uses. */
  emailNormalized: string;
  organization: string | null;
}

/** Checks and tidies the contact fields every public form shares. */
export function submitterContact(input: {
  name: string;
  email: string;
  organization?: string | null;
}): SubmitterContact {
  const name = input.name.trim();
  if (!name) throw fieldError('name', 'Enter your name', Reason.isNotEmpty);
  const email = cleanEmail(input.email);
  // A lone surrogate is not text (and makes the validator throw): refused like any other typo.
  if (hasLoneSurrogate(email) || !isEmail(email))
    throw fieldError('email', 'Enter a valid email address', Reason.isEmail);
  return {
    name,
    email,
    emailNormalized: emailIdentity(email),
    organization: input.organization?.trim() || null,
  };
}

/** Serializes submissions of one address (or email) across connections until the transaction ends. */
async function lock(manager: EntityManager, key: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
}

/**
 * The protections of the public forms, in the order a client meets them: a valid proof of
 * work, the per-address limit (a RATE_LIMITED error), a solution used only once; then, with
 * the same answer as an accepted submission, blocked addresses and the per-email limit. A
 * refusal there would tell a stranger that an address or an email has been used here before.
 */
export class SubmissionGuard {
  constructor(
    readonly pow: ProofOfWork,
    readonly limits: SubmissionLimits,
    /** Proposals are practices: their module keeps who submitted them, and when. */
    private readonly practices: Pick<PracticeService, 'proposers' | 'proposalTimes'>,
  ) {}

  /** Runs in the submission's transaction, so a refused or failed submission spends nothing. */
  async admit(manager: EntityManager, sender: Sender, emailNormalized: string, altcha: string) {
    const solution = await this.pow.verify(altcha);
    // Signed-in staff answer for their submissions in the audit log and often share an office address.
    const address = sender.actor.principal.kind === 'user' ? null : sender.senderHash || null;
    if (address) {
      await lock(manager, `sender:${address}`);
      await this.assertUnderAddressLimit(manager, address);
    }
    await lock(manager, `email:${emailNormalized}`);
    if (!(await this.pow.spend(manager, solution))) {
      throw fieldError(
        'altcha',
        'This anti-spam check was already used: solve a new one',
        Reason.altchaReused,
      );
    }
    if (address && (await manager.existsBy(BlockedSender, { ipHash: address }))) return Verdict.SPAM;
    if ((await this.recentByEmail(manager, emailNormalized)) >= this.limits.perEmailPerDay) {
      return Verdict.DROP;
    }
    return Verdict.ACCEPT;
  }

  private async assertUnderAddressLimit(manager: EntityManager, address: string): Promise<void> {
    const hour = 3_600_000;
    const since = new Date(Date.now() - hour);
    const [row]: { count: number; oldest: Date | null }[] = await manager.query(
      'SELECT COUNT(*)::int AS count, MIN(created_at) AS oldest FROM nomination ' +
        'WHERE sender_hash = $1 AND created_at > $2',
      [address, since],
    );
    const proposed = await this.practices.proposalTimes(manager, address, since);
    const limit = this.limits.perAddressPerHour;
    if (Number(row.count) + proposed.length < limit) return;
    const times = [...(row.oldest ? [new Date(row.oldest)] : []), ...proposed].map((at) => at.getTime());
    const oldest = times.length ? Math.min(...times) : Date.now();
    const seconds = Math.max(1, Math.ceil((oldest + hour - Date.now()) / 1000));
    throw rateLimited(
      `Too many submissions from your network: at most ${limit} an hour. ` +
        `Try again in ${Math.ceil(seconds / 60)} min.`,
      seconds,
    );
  }

  private async recentByEmail(manager: EntityManager, emailNormalized: string): Promise<number> {
    const since = new Date(Date.now() - 24 * 3_600_000);
    const [row]: { count: number }[] = await manager.query(
      'SELECT COUNT(*)::int AS count FROM nomination WHERE email_normalized = $1 AND created_at > $2',
      [emailNormalized, since],
    );
    const proposals = await proposalEmails(this.practices, manager, since);
    return Number(row.count) + proposals.filter((p) => p.emailNormalized === emailNormalized).length;
  }
}
