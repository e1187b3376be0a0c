import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A GraphQL answer kept for the next identical read, with the records it shows: a write to any
 * of them (or to a list of their type) deletes it in the write's own transaction.
 */
@Entity()
export class ResponseCacheEntry {
  /** SHA-256 of who asked (the public or one partner token), the query, its operation and variables. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  /** The answer as JSON (its `data`). */
  @Column('text')
  body: string;

  /** Which copy this is: a server holding it parsed is not sent the body again. */
  @Column({ type: 'varchar', length: 16 })
  stamp: string;

  /** `Type:id` for each record in the answer, `Type:*` for each list of a type (or a record without id). */
  @Index('IDX_response_cache_entry_tags', { synchronize: false })
  @Column({ type: 'text', array: true })
  tags: string[];

  /** Only a bound on space: entries are dropped by writes, not by time. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}

/**
 * One row counting invalidations. A read that missed remembers it; its answer is kept only if no
 * write invalidated anything meanwhile (a write in flight holds the row, so the keeping waits for
 * it and then sees the new count): an answer read before a write is never kept after it.
 */
@Entity()
export class ResponseCacheEpoch {
  @PrimaryColumn({ type: 'int' })
  id: number;

  @Column({ type: 'bigint' })
  n: string;
}
