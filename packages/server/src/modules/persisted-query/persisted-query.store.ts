import { createHash } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { Logger } from '../../common/logger';

/** A registered query's text is no longer than this (the admin's largest operation is ~6 KB). */
export const MAX_QUERY_BYTES = 64 * 1024;
/** Registrations kept, newest first: anyone may register, so the table is bounded. */
export const MAX_STORED_QUERIES = 20_000;
/** Hashes this server already knows: a hash names one text forever, so nothing here goes stale. */
const MEMORY_ENTRIES = 2_000;

/**
 * Apollo's persisted-query cache (its KeyValueCache interface) in the database, shared by every
 * server, with the entries this server has used in memory in front. A failing database makes a
 * hash unknown (the client then sends the query itself), never a failed request of its own.
 */
export class PersistedQueryStore {
  private readonly memory = new Map<string, string>();
  /** Hashes known to be trusted: a trusted document stays trusted. */
  private readonly trustedHashes = new Set<string>();
  private logger: Logger | null = null;

  /** `trustedOnly`: the public and partner tokens may run only trusted documents. */
  constructor(
    private readonly ds: DataSource,
    readonly trustedOnly = false,
  ) {}

  /** Where its warnings go (the server's logger; services are built before it). */
  logTo(logger: Logger): this {
    this.logger = logger;
    return this;
  }

  async get(key: string): Promise<string | undefined> {
    const known = this.memory.get(key);
    if (known !== undefined) return known;
    try {
      const [row]: { query: string }[] = await this.ds.query(
        'SELECT query FROM persisted_query WHERE key = $1',
        [key],
      );
      if (row) this.remember(key, row.query);
      return row?.query;
    } catch (error) {
      this.logger?.warn({ err: error }, 'persisted query lookup failed');
      return undefined;
    }
  }

  async set(key: string, query: string): Promise<void> {
    if (Buffer.byteLength(query) > MAX_QUERY_BYTES) return;
    this.remember(key, query);
    try {
      const inserted: unknown[] = await this.ds.query(
        'INSERT INTO persisted_query (key, query) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING RETURNING key',
        [key, query],
      );
      if (inserted.length) {
        await this.ds.query(
          // Anyone's registrations make room for newer ones; an admin's trusted documents stay.
          'DELETE FROM persisted_query WHERE key IN (SELECT key FROM persisted_query WHERE NOT trusted ' +
            'ORDER BY created_at DESC, key OFFSET $1)',
          [MAX_STORED_QUERIES],
        );
      }
    } catch (error) {
      this.logger?.warn({ err: error }, 'persisted query not stored');
    }
  }

  async delete(key: string): Promise<boolean> {
    this.memory.delete(key);
    await this.ds.query('DELETE FROM persisted_query WHERE key = $1', [key]);
    return true;
  }

  /** Whether the document with this SHA-256 (hex) was registered as trusted. */
  async isTrusted(hash: string): Promise<boolean> {
    if (this.trustedHashes.has(hash)) return true;
    const rows: unknown[] = await this.ds.query('SELECT 1 FROM persisted_query WHERE key = $1 AND trusted', [
      `apq:${hash}`,
    ]);
    if (rows.length) this.trustedHashes.add(hash);
    return rows.length > 0;
  }

  /** A trusted document's text, or null when the hash names none. */
  async trustedText(hash: string): Promise<string | null> {
    const [row]: { query: string }[] = await this.ds.query(
      'SELECT query FROM persisted_query WHERE key = $1 AND trusted',
      [`apq:${hash}`],
    );
    return row?.query ?? null;
  }

  /** Registers documents as trusted (already checked against the schema); their hashes, in order. */
  async trust(documents: readonly string[]): Promise<string[]> {
    const hashes = documents.map((text) => createHash('sha256').update(text).digest('hex'));
    await this.ds.transaction(async (manager) => {
      for (const [index, text] of documents.entries()) {
        await manager.query(
          'INSERT INTO persisted_query (key, query, trusted) VALUES ($1, $2, true) ' +
            'ON CONFLICT (key) DO UPDATE SET trusted = true',
          [`apq:${hashes[index]}`, text],
        );
      }
    });
    hashes.forEach((hash, index) => {
      this.trustedHashes.add(hash);
      this.remember(`apq:${hash}`, documents[index]);
    });
    return hashes;
  }

  private remember(key: string, query: string): void {
    if (this.memory.size >= MEMORY_ENTRIES) this.memory.delete(this.memory.keys().next().value!);
    this.memory.set(key, query);
  }
}
