import path from 'node:path';
import { type DatabaseConfig, type DatabaseTimeouts, DEFAULT_TIMEOUTS } from '../db/config';
import { webhookSettings, type WebhookSettings } from '../modules/webhook';
import { envFlag as flag } from '../common/env';

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  database: DatabaseConfig;
  /** Load the demo content into an empty database. */
  demo: boolean;
  logLevel: string;
  /** Keys address hashes and proof-of-work challenges; generated and stored when unset. */
  secret?: string;
  /** Express `trust proxy`: set when a reverse proxy supplies X-Forwarded-For. */
  trustProxy: boolean | number | string;
  /** The first admin account, created at start when it does not exist. */
  admin: { email: string; password: string } | null;
  /** Seconds between scheduled-publishing runs (default 30; 0: only at start). */
  publishIntervalSeconds?: number;
  /**
   * Seconds between looks for import jobs another server started or left unfinished (default 10;
   * 0: only when this server starts or applies one).
   */
  importPollSeconds?: number;
  /** How long a stop waits for in-flight requests before closing their connections. */
  shutdownGraceMs?: number;
  /** Webhook delivery (OBMEN_WEBHOOK_*); unset (a config built by hand): from the environment. */
  webhooks?: WebhookSettings;
  /** Request quotas (app/rate-limit.ts); unset: nobody is limited (test servers). */
  rateLimits?: RateLimitConfig;
  /** The bearer token `/metrics` asks for; unset: `/metrics` answers 404. */
  metricsToken?: string;
}

/** Requests per window: a partner token's defaults (its own quotas override them) and per public address. */
export interface RateLimitConfig {
  tokenPerMinute: number;
  tokenPerDay: number;
  publicPerMinute: number;
}

/** A quota from the environment; 0 turns that limit off (e.g. behind a CDN or proxy that limits). */
function count(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number (0: off), got "${value}"`);
  return n;
}

export function loadRateLimits(env: NodeJS.ProcessEnv): RateLimitConfig {
  return {
    tokenPerMinute: count(env, 'OBMEN_TOKEN_QUOTA_PER_MINUTE', 600),
    tokenPerDay: count(env, 'OBMEN_TOKEN_QUOTA_PER_DAY', 100_000),
    publicPerMinute: count(env, 'OBMEN_PUBLIC_QUOTA_PER_MINUTE', 300),
  };
}

function parseTrustProxy(value: string | undefined): boolean | number | string {
  if (!value) return false;
  if (/^\d+$/.test(value)) return Number(value);
  return flag(value) ?? value;
}

function parseInterval(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new Error(`${name} must be a number of seconds, got "${value}"`);
  }
  return seconds;
}

function milliseconds(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const ms = Number(value);
  if (!Number.isInteger(ms) || ms <= 0)
    throw new Error(`${name} must be a positive number of milliseconds, got "${value}"`);
  return ms;
}

/**
 * The embedded database has one session: requests queue for it instead of running side by side,
 * so a page's few queries may wait for each other longer than for a pooled connection.
 */
export const EMBEDDED_POOL_WAIT_MS = 5000;

export function loadTimeouts(env: NodeJS.ProcessEnv, embedded: boolean): DatabaseTimeouts {
  const poolWait = embedded ? EMBEDDED_POOL_WAIT_MS : DEFAULT_TIMEOUTS.poolWaitMs;
  return {
    statementMs: milliseconds(env, 'OBMEN_STATEMENT_TIMEOUT_MS', DEFAULT_TIMEOUTS.statementMs),
    lockMs: milliseconds(env, 'OBMEN_LOCK_TIMEOUT_MS', DEFAULT_TIMEOUTS.lockMs),
    poolWaitMs: milliseconds(env, 'OBMEN_POOL_WAIT_MS', poolWait),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const url = env.DATABASE_URL?.trim();
  const timeouts = loadTimeouts(env, !url);
  const database: DatabaseConfig = url
    ? { kind: 'postgres', url, timeouts }
    : { kind: 'pglite', dataDir: path.resolve(env.OBMEN_DATA_DIR ?? '.data'), timeouts };
  // Demo content is on by default only for the embedded database: a real PostgreSQL is
  // somebody's data and gets demo records only when asked.
  const demo = flag(env.OBMEN_DEMO) ?? database.kind === 'pglite';
  const port = Number(env.PORT ?? 4000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a TCP port number, got "${env.PORT}"`);
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    production: env.NODE_ENV === 'production',
    database,
    demo,
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'silent' : 'info'),
    secret: env.OBMEN_SECRET || undefined,
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    admin:
      env.OBMEN_ADMIN_EMAIL && env.OBMEN_ADMIN_PASSWORD
        ? { email: env.OBMEN_ADMIN_EMAIL, password: env.OBMEN_ADMIN_PASSWORD }
        : null,
    publishIntervalSeconds: parseInterval(env.OBMEN_PUBLISH_INTERVAL, 'OBMEN_PUBLISH_INTERVAL', 30),
    importPollSeconds: parseInterval(env.OBMEN_IMPORT_POLL_SECONDS, 'OBMEN_IMPORT_POLL_SECONDS', 10),
    shutdownGraceMs: milliseconds(env, 'OBMEN_SHUTDOWN_GRACE_MS', 8000),
    webhooks: webhookSettings(env, env.NODE_ENV === 'production'),
    rateLimits: loadRateLimits(env),
    metricsToken: env.OBMEN_METRICS_TOKEN || undefined,
  };
}
