import { envFlag as flag } from '../../common/env';

/** How webhooks are delivered; app/config.ts reads them from the environment (README "Webhooks"). */
export interface WebhookSettings {
  /** http:, loopback and private addresses allowed as targets (OBMEN_WEBHOOK_ALLOW_PRIVATE). */
  allowPrivate: boolean;
  /** Delay before each attempt, the first included (OBMEN_WEBHOOK_RETRY_MS); ±10 % jitter after the first. */
  retryMs: readonly number[];
  /** How often the worker looks for due deliveries (OBMEN_WEBHOOK_POLL_MS). */
  pollMs: number;
  /** One attempt's longest wait for an answer. */
  timeoutMs: number;
  /** Where the API is reached from outside, for payloads' `url` (OBMEN_PUBLIC_URL); null: a path. */
  publicUrl: string | null;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Standard Webhooks' suggested schedule: now, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 24 h. */
export const DEFAULT_RETRY_MS = [0, 5_000, 5 * MINUTE, 30 * MINUTE, 2 * HOUR, 5 * HOUR, 10 * HOUR, 24 * HOUR];

function retrySchedule(value: string | undefined): readonly number[] {
  if (value === undefined || value === '') return DEFAULT_RETRY_MS;
  const delays = value.split(',').map((part) => Number(part.trim()));
  if (!delays.every((ms) => Number.isInteger(ms) && ms >= 0)) {
    throw new Error(`OBMEN_WEBHOOK_RETRY_MS must be comma-separated milliseconds, got "${value}"`);
  }
  return delays;
}

function positive(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return ms;
}

/** Private targets are allowed outside production unless the environment says otherwise. */
export function webhookSettings(env: NodeJS.ProcessEnv, production: boolean): WebhookSettings {
  return {
    allowPrivate: flag(env.OBMEN_WEBHOOK_ALLOW_PRIVATE) ?? !production,
    retryMs: retrySchedule(env.OBMEN_WEBHOOK_RETRY_MS),
    pollMs: positive(env.OBMEN_WEBHOOK_POLL_MS, 'OBMEN_WEBHOOK_POLL_MS', 1000),
    // Standard Webhooks asks receivers to answer quickly; 15 s is the longest the issue allows.
    timeoutMs: Math.min(positive(env.OBMEN_WEBHOOK_TIMEOUT_MS, 'OBMEN_WEBHOOK_TIMEOUT_MS', 15_000), 15_000),
    publicUrl: env.OBMEN_PUBLIC_URL?.replace(/\/+$/, '') || null,
  };
}
