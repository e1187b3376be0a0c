import type { Logger as TypeOrmLogger } from 'typeorm';
import type { Logger } from '../common/logger';

/**
 * Counts every statement sent to the database (tests assert that list queries stay batched)
 * and forwards them to pino at debug level.
 */
export class SqlLogger implements TypeOrmLogger {
  statements = 0;

  constructor(private readonly logger: Logger) {}

  logQuery(query: string, parameters?: unknown[]): void {
    this.statements += 1;
    // Never the values: they carry password hashes, token hashes and personal data.
    if (this.logger.isLevelEnabled('trace'))
      this.logger.trace({ sql: query, parameterCount: parameters?.length ?? 0 }, 'sql');
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    // Parameters may hold personal data; the statement text is enough to debug.
    this.logger.warn({ err: error, sql: query, parameterCount: parameters?.length ?? 0 }, 'sql failed');
  }

  logQuerySlow(time: number, query: string): void {
    this.logger.warn({ ms: time, sql: query }, 'slow sql');
  }

  logSchemaBuild(message: string): void {
    this.logger.debug(message);
  }

  logMigration(message: string): void {
    this.logger.info(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(message);
    else this.logger.debug(message);
  }
}
