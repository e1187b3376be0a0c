import path from 'node:path';

export type DatabaseConfig = { kind: 'pglite'; dataDir: string | null } | { kind: 'postgres'; url: string };

export interface AppConfig {
  port: number;
  host: string;
  production: boolean;
  database: DatabaseConfig;
  /** Load the demo content into an empty database. */
  demo: boolean;
  logLevel: string;
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const url = env.DATABASE_URL?.trim();
  const database: DatabaseConfig = url
    ? { kind: 'postgres', url }
    : { kind: 'pglite', dataDir: path.resolve(env.OBMEN_DATA_DIR ?? '.data') };
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
  };
}
