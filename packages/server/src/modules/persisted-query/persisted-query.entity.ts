import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A query registered by its hash (Apollo's automatic persisted queries): kept in the database so
 * every server answers a hash any of them learned.
 */
@Entity()
export class PersistedQuery {
  /** Apollo's cache key: "apq:" and the query's SHA-256 in hex. */
  @PrimaryColumn({ type: 'varchar', length: 80 })
  key: string;

  @Column('text')
  query: string;

  /** Registered by an admin (or the CLI): runs where only known documents may (OBMEN_TRUSTED_DOCUMENTS). */
  @Column({ default: false })
  trusted: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
